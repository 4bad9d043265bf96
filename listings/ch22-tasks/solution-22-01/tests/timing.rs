//! What the exercise asks, exactly, on tokio's paused clock: each result as its call ends.

book_support::listing_on_paused_clock!("../src/main.rs");

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

/// The program that `cargo run` runs, on the paused clock: `main` learns of each call when it ends: B at 0.02 s, C at 0.04 s, A at 0.06 s.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "A - step 1"),
        (0, "B - step 1"),
        (0, "C - step 1"),
        (20, "B - step 2"),
        (20, "B completed"),
        (40, "C - step 2"),
        (40, "C completed"),
        (60, "A - step 2"),
        (60, "A completed"),
    ];
    let stated = ["B completed", "C completed", "A completed"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
