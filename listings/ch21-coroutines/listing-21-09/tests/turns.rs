//! The runtime stays free while rayon computes, and the count comes back right.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use book_support::tasks::turns_while;

/// `report` waits for the oneshot channel without blocking: the one thread of this test's
/// runtime is free, and another future beside it keeps getting turns until the count arrives.
#[tokio::test]
async fn other_futures_run_while_rayon_computes() {
    let (turns, count) = turns_while(listing::report(100_000)).await;
    assert!(turns > 0, "no other future ran while rayon computed");
    assert_eq!(count, 9592);
}

/// The parallel count is the count: the same as one thread's, for small limits too.
#[test]
fn counts_the_primes() {
    for (limit, primes) in [(0, 0), (2, 0), (3, 1), (10, 4), (100, 25), (1000, 168)] {
        assert_eq!(listing::count_primes(limit), primes, "below {limit}");
    }
}
