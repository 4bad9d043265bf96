//! What the exercise asks, exactly, on tokio's paused clock: each result as its call ends.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use std::time::Duration;

/// With the course's seconds and with the solution's hundredths, main learns of each call
/// at the moment it ends, in the order they end: B, C, A.
#[tokio::test(start_paused = true)]
async fn main_learns_of_each_call_when_it_ends() {
    for unit in [Duration::from_secs(1), Duration::from_millis(10)] {
        let calls = [("A", 6 * unit), ("B", 2 * unit), ("C", 4 * unit)];
        let completed = listing::call_apis(&calls).await;
        assert_eq!(
            completed,
            [("B", 2 * unit), ("C", 4 * unit), ("A", 6 * unit)]
        );
    }
}
