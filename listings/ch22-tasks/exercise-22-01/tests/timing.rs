//! What the starting code does, exactly, on tokio's paused clock.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use std::time::Duration;

/// B ends at 2 s and C at 4 s, but main learns of both only at 6 s, once A has ended: it
/// awaits the handles in the order it made them.
#[tokio::test(start_paused = true)]
async fn main_learns_of_every_call_when_the_longest_ends() {
    let s = Duration::from_secs;
    let completed = listing::call_apis(&[("A", s(6)), ("B", s(2)), ("C", s(4))]).await;
    assert_eq!(completed, [("A", s(6)), ("B", s(6)), ("C", s(6))]);
}
