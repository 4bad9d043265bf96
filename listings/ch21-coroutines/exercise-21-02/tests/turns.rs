//! Whether another future gets a turn while `report` computes.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use std::cell::Cell;
use tokio::task::yield_now;

/// Runs `report(limit)` in a `join!` (on this test's one-thread runtime) beside a future that
/// counts its turns until `report` is done. `biased;` polls `report` first, so every turn
/// counted is one taken while `report` was still running. Returns the turns and the count.
async fn turns_while_reporting(limit: u64) -> (u32, usize) {
    let done = Cell::new(false);
    let mut turns = 0;
    let (count, ()) = tokio::join!(
        biased;
        async {
            let count = listing::report(limit).await;
            done.set(true);
            count
        },
        async {
            while !done.get() {
                turns += 1;
                yield_now().await;
            }
        },
    );
    (turns, count)
}

/// The starting code: `report` computes inside its first poll, so the other future gets no
/// turn at all until it is done.
#[tokio::test]
async fn no_other_future_runs_while_it_computes() {
    assert_eq!(turns_while_reporting(1_000).await, (0, 168));
}
