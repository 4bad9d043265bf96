//! Backpressure, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

/// The program that `cargo run` runs, on the paused clock: the producer sends three messages at
/// once (two fill the channel, one is in the consumer's hands), then one each time the consumer
/// takes one: message 4 at 10 ms, message 5 at 20 ms; the last is processed at 50 ms. The run
/// the book shows is this one, line for line.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "sent 1"),
        (0, "sent 2"),
        (0, "sent 3"),
        (10, "processed 1"),
        (10, "sent 4"),
        (20, "processed 2"),
        (20, "sent 5"),
        (30, "processed 3"),
        (40, "processed 4"),
        (50, "processed 5"),
    ];
    book_support::tasks::assert_timeline(dir, &timeline, &expected, &[]);

    // The chapter states these lines' times in milliseconds.
    let stated = ["sent 4", "sent 5", "processed 5"];
    book_support::prose::assert_states(dir, &stated.map(|line| timeline.millis_at(line)));

    book_support::tasks::assert_shown_run_is(dir, &timeline);
}
