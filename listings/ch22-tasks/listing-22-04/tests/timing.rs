//! Backpressure, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

/// The program that `cargo run` runs, on the paused clock: the producer sends three messages at
/// once (two fill the channel, one is in the consumer's hands), then one each time the consumer
/// takes one: message 4 at 0.1 s, message 5 at 0.2 s; the last is processed at 0.5 s.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "sent 1"),
        (0, "sent 2"),
        (0, "sent 3"),
        (100, "processed 1"),
        (100, "sent 4"),
        (200, "processed 2"),
        (200, "sent 5"),
        (300, "processed 3"),
        (400, "processed 4"),
        (500, "processed 5"),
    ];
    let stated = ["sent 4", "sent 5", "processed 5"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
