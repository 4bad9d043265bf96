//! What the exercise asks, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

use book_support::tasks::timed;
use std::cell::Cell;
use std::time::Duration;
use tokio::time::{Instant, sleep};

const SECOND: Duration = Duration::from_secs(1);

/// Calls of 10 s, 10 s and 1 s with a limit of 2 s and three attempts: two attempts time
/// out, and the third answers, 2 + 2 + 1 = 5 s after the start, exactly.
#[tokio::test(start_paused = true)]
async fn the_third_attempt_answers() {
    let api = listing::FlakyApi::new(vec![10 * SECOND, 10 * SECOND, SECOND]);
    let (answer, took) = timed(Instant::now, listing::retry(3, 2 * SECOND, || api.call())).await;
    assert_eq!(answer.unwrap(), "answer 3");
    assert_eq!(took, 5 * SECOND);
    assert_eq!(api.calls(), 3);
}

/// With two attempts only, both time out: `Err` after 2 + 2 = 4 s, and no third call.
#[tokio::test(start_paused = true)]
async fn it_gives_up_after_the_last_attempt() {
    let api = listing::FlakyApi::new(vec![10 * SECOND, 10 * SECOND, SECOND]);
    let (answer, took) = timed(Instant::now, listing::retry(2, 2 * SECOND, || api.call())).await;
    assert!(answer.is_err());
    assert_eq!(took, 4 * SECOND);
    assert_eq!(api.calls(), 2);
}

/// An answer in time ends the retries at once: one call, 1 s.
#[tokio::test(start_paused = true)]
async fn no_retry_after_an_answer() {
    let api = listing::FlakyApi::new(vec![SECOND]);
    let (answer, took) = timed(Instant::now, listing::retry(3, 2 * SECOND, || api.call())).await;
    assert_eq!(answer.unwrap(), "answer 1");
    assert_eq!(took, SECOND);
    assert_eq!(api.calls(), 1);
}

/// An attempt that timed out was dropped, and so cancelled: with every call taking 3 s and a
/// limit of 2 s, no call ever answers, even when the clock moves on far past 3 s.
#[tokio::test(start_paused = true)]
async fn timed_out_attempts_never_answer() {
    let api = listing::FlakyApi::new(vec![3 * SECOND]);
    let answers = Cell::new(0);
    let (api, counted) = (&api, &answers);
    let result = listing::retry(3, 2 * SECOND, move || async move {
        let answer = api.call().await;
        counted.set(counted.get() + 1);
        answer
    })
    .await;
    assert!(result.is_err());
    sleep(10 * SECOND).await;
    assert_eq!((api.calls(), answers.get()), (3, 0));
}

/// The program that `cargo run` runs, on the paused clock: the first attempt times out at 0.02 s, the second answers 0.01 s later.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "call 1"),
        (20, "attempt 1 timed out"),
        (20, "call 2"),
        (30, "answer 2"),
    ];
    let stated = ["attempt 1 timed out"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
