//! What the exercise asks, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

use book_support::tasks::timed;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;
use tokio::task::JoinHandle;
use tokio::time::{Instant, sleep};

const SECOND: Duration = Duration::from_secs(1);

/// Spawns the song B, `length` long, as a task; returns its handle, and a flag that is set if
/// the song ever reaches its end.
fn spawn_song(length: Duration) -> (JoinHandle<String>, Arc<AtomicBool>) {
    let finished = Arc::new(AtomicBool::new(false));
    let task = tokio::spawn({
        let finished = Arc::clone(&finished);
        async move {
            let music = listing::play_music("B", length).await;
            finished.store(true, Ordering::SeqCst);
            music
        }
    });
    (task, finished)
}

/// The course's 5 s song and 2 s limit, and the solution's hundredths: the wait gives up at
/// the limit, and by the time it returns the task is gone. It cannot have ended by itself:
/// on the paused clock the song had 3 s (or 3 hundredths) still to play. And the song never
/// reaches its end, however long the clock moves on.
#[tokio::test(start_paused = true)]
async fn on_timeout_the_task_is_cancelled_and_the_song_never_finishes() {
    for unit in [SECOND, SECOND / 100] {
        let (task, finished) = spawn_song(5 * unit);
        let watch = task.abort_handle(); // only to look at the task
        let (waited, took) = timed(Instant::now, listing::wait_for(task, 2 * unit)).await;
        assert!(waited.is_err());
        assert_eq!(took, 2 * unit);
        assert!(watch.is_finished(), "the task still runs after the timeout");
        sleep(10 * unit).await;
        assert!(!finished.load(Ordering::SeqCst), "the song finished");
    }
}

/// Within the limit, the wait returns the task's value when the task ends: the song played to
/// its end.
#[tokio::test(start_paused = true)]
async fn a_task_that_ends_in_time_gives_its_value() {
    let (task, finished) = spawn_song(5 * SECOND);
    let (waited, took) = timed(Instant::now, listing::wait_for(task, 6 * SECOND)).await;
    assert_eq!(waited.unwrap(), "B");
    assert_eq!(took, 5 * SECOND);
    assert!(finished.load(Ordering::SeqCst), "the song did not finish");
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

/// The program that `cargo run` runs, on the paused clock: the timeout at 0.02 s cancels the song, which never finishes.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [(0, "Start playing B"), (20, "timeout"), (100, "main ends")];
    let stated = ["timeout"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
