//! The workers' shutdown, exactly, on tokio's paused clock. `main` itself waits for a real
//! Ctrl-C, which this clock cannot bring (tests/book.rs lists it among the mains that do not run
//! here): tests/signal.rs sends SIGINT to the real program. Here the test cancels the token.

book_support::listing_on_paused_clock!("../src/main.rs");

use book_support::tasks::{assert_timeline, timeline};
use std::time::Duration;
use tokio::time::{Instant, sleep};
use tokio_util::sync::CancellationToken;

/// Cancelled at 0.25 s, in the middle of each worker's third job: the workers stop at once (the
/// job is dropped, not finished at 0.3 s), clean up for 0.05 s, and all three report at 0.3 s.
#[tokio::test(start_paused = true)]
async fn the_workers_stop_when_the_token_is_cancelled() {
    let token = CancellationToken::new();
    let cancel = token.clone();
    tokio::spawn(async move {
        sleep(Duration::from_millis(250)).await;
        cancel.cancel();
    });
    let now = || Instant::now().into_std();
    let timeline = timeline(now, listing::run_workers(token)).await;
    let expected = [
        (300, "worker 1 cleaned up and stopped"),
        (300, "worker 2 cleaned up and stopped"),
        (300, "worker 3 cleaned up and stopped"),
    ];
    let stated = ["worker 3 cleaned up and stopped"];
    assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
    book_support::prose::assert_states(env!("CARGO_MANIFEST_DIR"), &["0.25", "0.05"]);
}

/// A worker whose token is cancelled before it starts does no job at all: it cleans up and
/// stops after exactly 0.05 s.
#[tokio::test(start_paused = true)]
async fn a_cancelled_token_stops_a_worker_at_once() {
    let token = CancellationToken::new();
    token.cancel();
    let start = Instant::now();
    let report = listing::worker(7, token).await;
    assert_eq!(report, "worker 7 cleaned up and stopped");
    assert_eq!(start.elapsed(), Duration::from_millis(50));
}
