//! What the exercise asks: other futures run while `report` computes, and the count is right.

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

/// With `spawn_blocking`, `report` waits without blocking: the one thread is free, and the
/// other future keeps getting turns until the count arrives. The count is the same.
#[tokio::test]
async fn other_futures_run_while_it_computes() {
    let (turns, count) = turns_while_reporting(100_000).await;
    assert!(turns > 0, "no other future ran while report computed");
    assert_eq!(count, 9592);
}
