//! Timing claims, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

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

/// The program that `cargo run` runs, on the paused clock: A and B greet together in `main`'s task
/// (one pause, 0.1 s); C and D, spawned, greet at once while `main` sleeps half a pause, and end
/// one pause later. (Here the tasks run on the test's one thread, whose name they print.)
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (
            0,
            "A: Hello, on thread main_prints_each_line_when_the_chapter_says",
        ),
        (
            0,
            "B: Hello, on thread main_prints_each_line_when_the_chapter_says",
        ),
        (100, "B: World"),
        (100, "A: World"),
        (
            100,
            "C: Hello, on thread main_prints_each_line_when_the_chapter_says",
        ),
        (
            100,
            "D: Hello, on thread main_prints_each_line_when_the_chapter_says",
        ),
        (150, "main: awaiting the tasks"),
        (200, "C: World"),
        (200, "D: World"),
    ];
    let stated = ["A: World"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
