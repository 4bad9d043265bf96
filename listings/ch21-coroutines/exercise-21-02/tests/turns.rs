//! Whether another future gets a turn while `report` computes.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use book_support::tasks::turns_while;

/// The starting code: `report` computes inside its first poll, so another future beside it
/// (on this test's one-thread runtime) gets no turn at all until it is done.
#[tokio::test]
async fn no_other_future_runs_while_it_computes() {
    assert_eq!(turns_while(listing::report(1_000)).await, (0, 168));
}
