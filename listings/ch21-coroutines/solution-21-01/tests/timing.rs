//! What the exercise asks, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

use std::time::Duration;
use tokio::time::Instant;

/// Any number of greetings, chosen at run time, takes one pause in all: the solution's 50 ms
/// or the course's 1 s, for 1, 2, 3 or 100 greetings.
#[tokio::test(start_paused = true)]
async fn any_number_of_greetings_takes_one_pause() {
    for pause in [listing::PAUSE, Duration::from_secs(1)] {
        for n in [1, 2, 3, 100] {
            let start = Instant::now();
            listing::say_hello_n(n, pause).await;
            assert_eq!(start.elapsed(), pause, "{n} greetings of {pause:?}");
        }
    }
}

/// No greeting, no pause.
#[tokio::test(start_paused = true)]
async fn no_greeting_takes_no_time() {
    let start = Instant::now();
    listing::say_hello_n(0, Duration::from_secs(1)).await;
    assert_eq!(start.elapsed(), Duration::ZERO);
}

/// The program that `cargo run` runs, on the paused clock: three greetings, all `Hello`s at 0 and all `World`s after one pause of 0.05 s.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "Hello"),
        (0, "Hello"),
        (0, "Hello"),
        (50, "World"),
        (50, "World"),
        (50, "World"),
        (50, "took 0.05 s"),
    ];
    let stated = ["took 0.05 s"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
