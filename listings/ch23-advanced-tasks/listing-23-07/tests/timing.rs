//! Fail-fast, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

use book_support::tasks::timed;
use std::cell::Cell;
use std::time::Duration;
use tokio::runtime::Handle;
use tokio::time::{Instant, sleep};

const SONG: Duration = Duration::from_secs(5);

fn alive_tasks() -> usize {
    Handle::current().metrics().num_alive_tasks()
}

/// Awaits `gather`, a gathering of a `SONG` and the failing API call, and asserts that it
/// returns the API's error at once, without waiting for the song.
async fn assert_fails_at_once(
    gather: impl Future<Output = Result<(String, String), listing::ApiError>>,
) {
    let (result, took) = timed(Instant::now, gather).await;
    assert_eq!(result.unwrap_err().to_string(), "Error calling");
    assert_eq!(took, Duration::ZERO);
}

/// `try_join!` returns the first error at once, without waiting for the 5 s song.
#[tokio::test(start_paused = true)]
async fn try_join_returns_at_the_first_error() {
    assert_fails_at_once(listing::gather_futures(SONG)).await;
    assert_eq!(alive_tasks(), 0, "nothing was left running");
}

/// …and the other futures are dropped with it: even after the clock has moved past the
/// song's end, the rest of the song never ran.
#[tokio::test(start_paused = true)]
async fn try_join_drops_the_other_futures() {
    let finished = Cell::new(false);
    let song = async {
        let music = listing::play_music("A", SONG).await;
        finished.set(true);
        music
    };
    assert!(tokio::try_join!(song, listing::call_api()).is_err());
    sleep(2 * SONG).await;
    assert!(!finished.get());
}

/// With tasks, as with Python's gather, the error comes back at once too, but the song's task
/// keeps running, and ends at its own time.
#[tokio::test(start_paused = true)]
async fn tasks_keep_running_after_the_first_error() {
    assert_fails_at_once(listing::gather_tasks(SONG)).await;
    assert_eq!(alive_tasks(), 1, "the song's task is still playing");
    sleep(SONG - Duration::from_millis(1)).await;
    assert_eq!(alive_tasks(), 1, "the song's task is still playing");
    sleep(Duration::from_millis(2)).await;
    assert_eq!(alive_tasks(), 0, "the song's task has ended");
}

/// The program that `cargo run` runs, on the paused clock: the failed call ends both gathers at once, at 0 s; B's detached task still finishes at 0.1 s.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "Start playing A"),
        (0, "calling api....."),
        (0, "futures: Error calling"),
        (0, "Start playing B"),
        (0, "calling api....."),
        (0, "tasks: Error calling"),
        (100, "Finished playing B"),
        (200, "main ends"),
    ];
    let stated = ["futures: Error calling"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
