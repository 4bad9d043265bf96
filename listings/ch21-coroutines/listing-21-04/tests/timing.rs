//! The chapter's timing claims, exactly, on tokio's paused clock: time moves only when every
//! task is waiting, and then jumps straight to the next timer.

book_support::listing_on_paused_clock!("../src/main.rs");

use std::time::Duration;
use tokio::time::Instant;

/// `tokio::join!` waits for both greetings at once: two pauses take one pause — the listing's
/// 0.1 s, and the course's 1 s.
#[tokio::test(start_paused = true)]
async fn join_of_two_greetings_takes_one_pause() {
    for pause in [listing::PAUSE, Duration::from_secs(1)] {
        let start = Instant::now();
        tokio::join!(listing::say_hello(pause), listing::say_hello(pause));
        assert_eq!(start.elapsed(), pause);
    }
}

/// Awaiting one greeting after the other takes two pauses, as the synchronous version does:
/// `async` alone runs nothing at the same time; `join!` does.
#[tokio::test(start_paused = true)]
async fn awaiting_one_after_the_other_takes_two_pauses() {
    for pause in [listing::PAUSE, Duration::from_secs(1)] {
        let start = Instant::now();
        listing::say_hello(pause).await;
        listing::say_hello(pause).await;
        assert_eq!(start.elapsed(), 2 * pause);
    }
}

/// The program that `cargo run` runs, on the paused clock: both `Hello`s at 0, both `World`s after one pause, 0.1 s, as Figure 21-1 draws.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "Hello"),
        (0, "Hello"),
        (100, "World"),
        (100, "World"),
        (100, "took 0.1 s"),
    ];
    let stated = ["took 0.1 s"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
