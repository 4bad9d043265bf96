//! What the exercise asks: other futures run while `report` computes, and the count is right.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use book_support::tasks::turns_while;

/// With `spawn_blocking`, `report` waits without blocking: the one thread of this test's
/// runtime is free, and another future beside it keeps getting turns until the count arrives.
/// The count is the same.
#[tokio::test]
async fn other_futures_run_while_it_computes() {
    let (turns, count) = turns_while(listing::report(100_000)).await;
    assert!(turns > 0, "no other future ran while report computed");
    assert_eq!(count, 9592);
}
