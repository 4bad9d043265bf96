//! What the exercise asks, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

use book_support::tasks::timed;
use std::time::Duration;
use tokio::runtime::Handle;
use tokio::time::Instant;

fn alive_tasks() -> usize {
    Handle::current().metrics().num_alive_tasks()
}

/// Songs of 9, 1 and 3 units and a limit of 6, in seconds and in the solution's hundredths:
/// B and C finish in time; at the limit, exactly, `play_all_within` returns, and A's task is
/// already gone — cancelled, not left playing.
#[tokio::test(start_paused = true)]
async fn at_the_limit_the_rest_is_cancelled() {
    for unit in [Duration::from_secs(1), Duration::from_millis(10)] {
        let songs = [("A", 9 * unit), ("B", unit), ("C", 3 * unit)];
        let (finished, took) =
            timed(Instant::now, listing::play_all_within(&songs, 6 * unit)).await;
        assert_eq!(finished, ["B", "C"]);
        assert_eq!(took, 6 * unit);
        assert_eq!(alive_tasks(), 0, "a task is still running");
    }
}

/// The limit is for the whole set, not for each wait: with songs of 7, 1 and 3 s and a limit
/// of 5 s, A would end 4 s after C, within 5 s of it, but 7 s after the start.
#[tokio::test(start_paused = true)]
async fn the_limit_is_for_the_whole_set() {
    let s = Duration::from_secs;
    let songs = [("A", s(7)), ("B", s(1)), ("C", s(3))];
    let (finished, took) = timed(Instant::now, listing::play_all_within(&songs, s(5))).await;
    assert_eq!(finished, ["B", "C"]);
    assert_eq!(took, s(5));
}

/// When every song ends in time, the wait ends with the last song, not at the limit.
#[tokio::test(start_paused = true)]
async fn no_waiting_for_the_limit_when_all_finish() {
    let s = Duration::from_secs;
    let songs = [("A", s(9)), ("B", s(1)), ("C", s(3))];
    let (finished, took) = timed(Instant::now, listing::play_all_within(&songs, s(60))).await;
    assert_eq!(finished, ["B", "C", "A"]);
    assert_eq!(took, s(9));
}

/// The program that `cargo run` runs, on the paused clock: B and C finish in time; at the limit, 0.06 s, A is cancelled.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "Start playing A"),
        (0, "Start playing B"),
        (0, "Start playing C"),
        (10, "Finished playing B"),
        (30, "Finished playing C"),
        (60, "time is up: cancelling the 1 left"),
        (60, r#"finished: ["B", "C"]"#),
    ];
    let stated = [
        "Finished playing B",
        "Finished playing C",
        "time is up: cancelling the 1 left",
    ];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
