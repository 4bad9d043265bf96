//! What the exercise asks, exactly, on tokio's paused clock.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::time::{Instant, sleep};

const SECOND: Duration = Duration::from_secs(1);

/// The course's 5 s song and 2 s limit, and the solution's hundredths: the wait gives up at
/// the limit, and by the time it returns the task is gone. It cannot have ended by itself:
/// on the paused clock the song had 3 s (or 3 hundredths) still to play.
#[tokio::test(start_paused = true)]
async fn on_timeout_the_task_is_cancelled() {
    for unit in [SECOND, SECOND / 100] {
        let start = Instant::now();
        let task = tokio::spawn(listing::play_music("B", 5 * unit));
        let watch = task.abort_handle(); // only to look at the task
        assert!(listing::wait_for(task, 2 * unit).await.is_err());
        assert_eq!(start.elapsed(), 2 * unit);
        assert!(watch.is_finished(), "the task still runs after the timeout");
    }
}

/// The song never reaches its end, however long the clock moves on.
#[tokio::test(start_paused = true)]
async fn a_cancelled_song_never_finishes() {
    let finished = Arc::new(AtomicBool::new(false));
    let task = tokio::spawn({
        let finished = Arc::clone(&finished);
        async move {
            let music = listing::play_music("B", 5 * SECOND).await;
            finished.store(true, Ordering::SeqCst);
            music
        }
    });
    assert!(listing::wait_for(task, 2 * SECOND).await.is_err());
    sleep(10 * SECOND).await;
    assert!(!finished.load(Ordering::SeqCst), "the song finished");
}

/// Within the limit, the wait returns the task's value when the task ends.
#[tokio::test(start_paused = true)]
async fn a_task_that_ends_in_time_gives_its_value() {
    let start = Instant::now();
    let task = tokio::spawn(listing::play_music("B", 5 * SECOND));
    assert_eq!(listing::wait_for(task, 6 * SECOND).await.unwrap(), "B");
    assert_eq!(start.elapsed(), 5 * SECOND);
}

/// Any output type, not only `String`.
#[tokio::test(start_paused = true)]
async fn any_output_type() {
    let task = tokio::spawn(async {
        sleep(SECOND).await;
        42_u32
    });
    assert_eq!(listing::wait_for(task, 2 * SECOND).await.unwrap(), 42);
}
