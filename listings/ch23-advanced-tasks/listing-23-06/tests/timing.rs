//! return_exceptions=True, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

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

/// The program that `cargo run` runs, on the paused clock: the API call fails at once, and `join!` still waits for both songs, 0.1 s.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "Start playing A"),
        (0, "Start playing B"),
        (0, "calling api....."),
        (100, "Finished playing B"),
        (100, "Finished playing A"),
        (100, r#"("A", "B", Err(ApiError("Error calling")))"#),
    ];
    let stated = [];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
