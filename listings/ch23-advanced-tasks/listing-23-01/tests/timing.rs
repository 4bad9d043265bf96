//! Cancelling, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

use book_support::tasks::timed;
use std::time::Duration;
use tokio::time::{Instant, sleep};

const SECOND: Duration = Duration::from_secs(1);

/// `my_cancel(length, wait)` returns at `wait`, exactly, with how the song's task ended. The
/// course's numbers, a 5 s song cancelled after 3 s (and the listing's tenths): the task ends
/// cancelled, right then. "Finished playing A" is never printed: `play_music` prints it and
/// returns with no `.await` in between, so a task that printed it would have returned its
/// value, not a cancelled `JoinError`. A song shorter than the wait has finished by then:
/// nothing is cancelled, and awaiting the handle gives its value.
#[tokio::test(start_paused = true)]
async fn only_a_song_still_playing_at_the_wait_is_cancelled() {
    // (length, wait, what awaiting the handle gives: nothing when the task was cancelled)
    let cases = [
        (5 * SECOND, 3 * SECOND, None),
        (5 * SECOND / 10, 3 * SECOND / 10, None),
        (5 * SECOND, 6 * SECOND, Some("A")),
    ];
    for (length, wait, value) in cases {
        let (ended, took) = timed(Instant::now, listing::my_cancel(length, wait)).await;
        match value {
            Some(music) => assert_eq!(ended.unwrap(), music),
            None => {
                let error = ended.unwrap_err();
                assert!(error.is_cancelled(), "{error}");
            }
        }
        assert_eq!(took, wait, "a {length:?} song and a {wait:?} wait");
    }
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

/// The program that `cargo run` runs, on the paused clock: the 0.5 s song is aborted at 0.3 s and never finishes.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [(0, "Start playing A"), (300, "the task was cancelled")];
    let stated = ["the task was cancelled"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
