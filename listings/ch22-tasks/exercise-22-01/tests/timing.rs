//! What the starting code does, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

use std::time::Duration;

/// B ends at 2 s and C at 4 s, but main learns of both only at 6 s, once A has ended: it
/// awaits the handles in the order it made them.
#[tokio::test(start_paused = true)]
async fn main_learns_of_every_call_when_the_longest_ends() {
    let s = Duration::from_secs;
    let completed = listing::call_apis(&[("A", s(6)), ("B", s(2)), ("C", s(4))]).await;
    assert_eq!(completed, [("A", s(6)), ("B", s(6)), ("C", s(6))]);
}

/// The program that `cargo run` runs, on the paused clock: the calls end at 0.02, 0.04 and 0.06 s, but `main` learns of all three at 0.06 s, when A ends.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "A - step 1"),
        (0, "B - step 1"),
        (0, "C - step 1"),
        (20, "B - step 2"),
        (40, "C - step 2"),
        (60, "A - step 2"),
        (60, "A completed"),
        (60, "B completed"),
        (60, "C completed"),
    ];
    let stated = ["B - step 2", "C - step 2", "A - step 2"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
