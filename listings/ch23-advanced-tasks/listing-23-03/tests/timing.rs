//! `wait_for` done right, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

use book_support::tasks::timed;
use std::cell::Cell;
use std::time::Duration;
use tokio::time::{Instant, sleep, timeout};

const SECOND: Duration = Duration::from_secs(1);

/// The wait gives up at 2 s and the task is gone: its handle reports it cancelled, at once.
/// A cancelled task never gets to print "Finished playing B" (`play_music` prints it and
/// returns with no `.await` in between).
#[tokio::test(start_paused = true)]
async fn wait_for_times_out_at_two_seconds_and_cancels() {
    for unit in [SECOND, SECOND / 10] {
        let mut task = tokio::spawn(listing::play_music("B", 5 * unit));
        let (waited, took) = timed(Instant::now, listing::wait_for(&mut task, 2 * unit)).await;
        assert!(waited.is_err());
        assert_eq!(took, 2 * unit);
        let (ended, took) = timed(Instant::now, task).await;
        assert!(ended.unwrap_err().is_cancelled());
        assert_eq!(took, Duration::ZERO, "the task was not gone at the timeout");
    }
}

/// Within the limit, the wait returns the task's value when the task ends.
#[tokio::test(start_paused = true)]
async fn a_task_that_ends_in_time_gives_its_value() {
    let mut task = tokio::spawn(listing::play_music("B", 5 * SECOND));
    let (waited, took) = timed(Instant::now, listing::wait_for(&mut task, 6 * SECOND)).await;
    assert_eq!(waited.unwrap(), "B");
    assert_eq!(took, 5 * SECOND);
}

/// `timeout` on a future (no task) drops the future at 2 s: even when the clock moves on past
/// the song's end, the rest of it never runs.
#[tokio::test(start_paused = true)]
async fn timeout_on_a_future_drops_it() {
    let finished = Cell::new(false);
    let song = async {
        listing::play_music("C", 5 * SECOND).await;
        finished.set(true);
    };
    let (waited, took) = timed(Instant::now, timeout(2 * SECOND, song)).await;
    assert!(waited.is_err());
    assert_eq!(took, 2 * SECOND);
    sleep(10 * SECOND).await;
    assert!(!finished.get());
}

/// The program that `cargo run` runs, on the paused clock: both timeouts cancel: B is cancelled at 0.2 s, and C stops at 0.4 s.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "Start playing B"),
        (200, "timeout"),
        (200, "B cancelled: true"),
        (200, "Start playing C"),
        (400, "timeout"),
    ];
    let stated = ["B cancelled: true"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
