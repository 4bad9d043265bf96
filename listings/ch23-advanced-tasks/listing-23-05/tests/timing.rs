//! gather's results and time, exactly, on tokio's paused clock.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use book_support::tasks::timed;
use std::time::Duration;
use tokio::time::Instant;

const SECOND: Duration = Duration::from_secs(1);

/// `join!` gives ("A", "B") in argument order, whichever ends first, after the longer song.
#[tokio::test(start_paused = true)]
async fn join_gives_the_results_in_argument_order_after_the_longer_song() {
    for (a, b) in [(2 * SECOND / 10, SECOND / 10), (3 * SECOND, 5 * SECOND)] {
        let (results, took) = timed(Instant::now, listing::my_gather(a, b)).await;
        assert_eq!(results, (String::from("A"), String::from("B")));
        assert_eq!(took, a.max(b));
    }
}

/// `join_all` takes any number of futures and keeps their order.
#[tokio::test(start_paused = true)]
async fn join_all_keeps_input_order_and_waits_for_the_longest() {
    let songs: Vec<(&str, Duration)> = vec![
        ("A", 3 * SECOND),
        ("B", SECOND),
        ("C", 5 * SECOND),
        ("D", 2 * SECOND),
    ];
    let (results, took) = timed(Instant::now, listing::play_all(&songs)).await;
    assert_eq!(results, ["A", "B", "C", "D"]);
    assert_eq!(took, 5 * SECOND);
}
