//! `wait_for` done right, exactly, on tokio's paused clock.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

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
        let start = Instant::now();
        let mut task = tokio::spawn(listing::play_music("B", 5 * unit));
        assert!(listing::wait_for(&mut task, 2 * unit).await.is_err());
        assert_eq!(start.elapsed(), 2 * unit);
        assert!(task.await.unwrap_err().is_cancelled());
        assert_eq!(start.elapsed(), 2 * unit);
    }
}

/// Within the limit, the wait returns the task's value when the task ends.
#[tokio::test(start_paused = true)]
async fn a_task_that_ends_in_time_gives_its_value() {
    let start = Instant::now();
    let mut task = tokio::spawn(listing::play_music("B", 5 * SECOND));
    let music = listing::wait_for(&mut task, 6 * SECOND).await.unwrap();
    assert_eq!(music, "B");
    assert_eq!(start.elapsed(), 5 * SECOND);
}

/// `timeout` on a future (no task) drops the future at 2 s: even when the clock moves on past
/// the song's end, the rest of it never runs.
#[tokio::test(start_paused = true)]
async fn timeout_on_a_future_drops_it() {
    let start = Instant::now();
    let finished = Cell::new(false);
    let song = async {
        listing::play_music("C", 5 * SECOND).await;
        finished.set(true);
    };
    assert!(timeout(2 * SECOND, song).await.is_err());
    assert_eq!(start.elapsed(), 2 * SECOND);
    sleep(10 * SECOND).await;
    assert!(!finished.get());
}
