//! return_exceptions=True, on tokio's paused clock.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use std::time::Duration;
use tokio::time::Instant;

/// The error comes at once, but `join!` still waits for both 5 s songs and gives all three
/// results, the error in its place.
#[tokio::test(start_paused = true)]
async fn the_error_is_kept_and_nothing_is_cut_short() {
    let start = Instant::now();
    let (a, b, api) = listing::my_gather_with_exception(Duration::from_secs(5)).await;
    assert_eq!((a.as_str(), b.as_str()), ("A", "B"));
    assert_eq!(api.unwrap_err().to_string(), "Error calling");
    assert_eq!(start.elapsed(), Duration::from_secs(5));
}
