//! Timing out without cancelling, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

use book_support::tasks::timed;
use std::time::Duration;
use tokio::time::Instant;

const SECOND: Duration = Duration::from_secs(1);

/// Whatever the limit, the value comes at the song's own end. A 5 s song and a 2 s limit (the
/// course's, and the listing's tenths): the wait times out at 2 s, the task plays on, and
/// awaiting it again returns its value at 5 s — not at the timeout, and not later. A 1 s song:
/// no timeout, the value at the song's end.
#[tokio::test(start_paused = true)]
async fn the_value_comes_at_the_songs_own_end() {
    let cases = [
        (5 * SECOND, 2 * SECOND),
        (5 * SECOND / 10, 2 * SECOND / 10),
        (SECOND, 2 * SECOND),
    ];
    for (length, limit) in cases {
        let (music, took) = timed(Instant::now, listing::my_timeout(length, limit)).await;
        assert_eq!(music, "B");
        assert_eq!(took, length, "a {length:?} song with a {limit:?} limit");
    }
}

/// The program that `cargo run` runs, on the paused clock: the wait gives up at 0.2 s, and the song plays on to its end at 0.5 s.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "Start playing B"),
        (200, "timeout"),
        (500, "Finished playing B"),
        (500, "result: B"),
    ];
    let stated = ["timeout"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
