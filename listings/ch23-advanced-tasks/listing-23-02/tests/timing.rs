//! The `wait_for` trap, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

use book_support::tasks::timed;
use std::time::Duration;
use tokio::time::{Instant, sleep};

const SECOND: Duration = Duration::from_secs(1);

/// The wait gives up at 2 s, but the task is not cancelled: it is still running then, and it
/// plays to the end of its 5 s by itself (nobody ever calls `abort`). The course's seconds and
/// the listing's tenths behave the same.
#[tokio::test(start_paused = true)]
async fn timing_out_on_a_handle_leaves_the_task_running() {
    for unit in [SECOND, SECOND / 10] {
        let task = tokio::spawn(listing::play_music("B", 5 * unit));
        let watch = task.abort_handle(); // only to look at the task; it never aborts
        let (waited, took) = timed(Instant::now, listing::wait_for(task, 2 * unit)).await;
        assert!(waited.is_err());
        assert_eq!(took, 2 * unit);
        assert!(!watch.is_finished(), "the task stopped at the timeout");
        sleep(4 * unit).await;
        assert!(watch.is_finished(), "the task did not play to its end");
    }
}

/// Within the limit, the wait returns the task's value.
#[tokio::test(start_paused = true)]
async fn a_task_that_ends_in_time_gives_its_value() {
    let task = tokio::spawn(listing::play_music("B", 5 * SECOND));
    let (waited, took) = timed(Instant::now, listing::wait_for(task, 6 * SECOND)).await;
    assert_eq!(waited.unwrap(), "B");
    assert_eq!(took, 5 * SECOND);
}

/// The program that `cargo run` runs, on the paused clock: the wait gives up at 0.2 s, the detached song finishes at 0.5 s anyway, and `main` ends at 0.6 s.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "Start playing B"),
        (200, "timeout"),
        (500, "Finished playing B"),
        (600, "main ends"),
    ];
    let stated = ["timeout"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
