//! return_exceptions=True, on tokio's paused clock.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use book_support::tasks::timed;
use std::time::Duration;
use tokio::time::Instant;

/// The error comes at once, but `join!` still waits for both 5 s songs and gives all three
/// results, the error in its place.
#[tokio::test(start_paused = true)]
async fn the_error_is_kept_and_nothing_is_cut_short() {
    let song = Duration::from_secs(5);
    let ((a, b, api), took) = timed(Instant::now, listing::my_gather_with_exception(song)).await;
    assert_eq!((a.as_str(), b.as_str()), ("A", "B"));
    assert_eq!(api.unwrap_err().to_string(), "Error calling");
    assert_eq!(took, song);
}
