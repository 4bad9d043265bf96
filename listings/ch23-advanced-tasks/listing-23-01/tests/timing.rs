//! Cancelling, exactly, on tokio's paused clock.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use std::time::Duration;
use tokio::time::{Instant, sleep};

const SECOND: Duration = Duration::from_secs(1);

/// The course's numbers: a 5 s song, cancelled after 3 s. The task ends cancelled, right
/// then. "Finished playing A" is never printed: `play_music` prints it and returns with no
/// `.await` in between, so a task that printed it would have returned its value, not a
/// cancelled `JoinError`. The listing's tenths behave the same.
#[tokio::test(start_paused = true)]
async fn cancelling_at_three_seconds_stops_the_song() {
    for unit in [SECOND, SECOND / 10] {
        let start = Instant::now();
        let error = listing::my_cancel(5 * unit, 3 * unit).await.unwrap_err();
        assert!(error.is_cancelled(), "{error}");
        assert_eq!(start.elapsed(), 3 * unit);
    }
}

/// A song shorter than the wait has finished by then: nothing is cancelled, and awaiting
/// the handle gives its value.
#[tokio::test(start_paused = true)]
async fn a_finished_task_is_not_cancelled() {
    let start = Instant::now();
    let music = listing::my_cancel(5 * SECOND, 6 * SECOND).await.unwrap();
    assert_eq!(music, "A");
    assert_eq!(start.elapsed(), 6 * SECOND);
}

/// `abort` only asks: the task is cancelled when the runtime next gets to it. After that,
/// `is_finished()` is true, long before the song would have ended.
#[tokio::test(start_paused = true)]
async fn after_abort_the_task_is_finished() {
    let task = tokio::spawn(listing::play_music("A", 5 * SECOND));
    sleep(3 * SECOND).await;
    assert!(!task.is_finished());
    task.abort();
    tokio::task::yield_now().await;
    assert!(task.is_finished());
    assert!(task.await.unwrap_err().is_cancelled());
}
