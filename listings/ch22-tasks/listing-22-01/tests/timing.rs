//! Timing claims, exactly, on tokio's paused clock.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use std::time::Duration;
use tokio::time::{Instant, sleep};

/// A spawned task runs without being awaited: after two pauses, both tasks have finished,
/// though nobody has awaited their handles yet.
#[tokio::test(start_paused = true)]
async fn spawned_tasks_run_without_being_awaited() {
    let task1 = tokio::spawn(listing::say_hello("C", listing::PAUSE));
    let task2 = tokio::spawn(listing::say_hello("D", listing::PAUSE));
    assert!(!task1.is_finished() && !task2.is_finished());
    sleep(2 * listing::PAUSE).await;
    assert!(task1.is_finished() && task2.is_finished());
}

/// main's schedule: the tasks start at once, main waits half a pause, then awaits both handles
/// one after the other — and all of that takes one pause, the listing's 0.1 s or the course's
/// 1 s. The two tasks waited at the same time.
#[tokio::test(start_paused = true)]
async fn awaiting_two_running_tasks_takes_one_pause() {
    for pause in [listing::PAUSE, Duration::from_secs(1)] {
        let start = Instant::now();
        let task1 = tokio::spawn(listing::say_hello("C", pause));
        let task2 = tokio::spawn(listing::say_hello("D", pause));
        sleep(pause / 2).await;
        task1.await.unwrap();
        task2.await.unwrap();
        assert_eq!(start.elapsed(), pause);
    }
}
