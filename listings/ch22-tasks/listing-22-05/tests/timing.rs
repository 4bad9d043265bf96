//! The actor serves one request at a time, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

/// The program that `cargo run` runs, on the paused clock: the three requests arrive at once,
/// and the actor answers them one after the other, each 10 ms after the one before: at 10, 20
/// and 30 ms. (On the test's one thread, the clients run in the order they were spawned.) The
/// run the book shows is this one, line for line.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (10, "A added 1: total 1"),
        (20, "B added 2: total 3"),
        (30, "C added 3: total 6"),
        (30, "counter stopped"),
    ];
    book_support::tasks::assert_timeline(dir, &timeline, &expected, &[]);

    // The chapter states these lines' times in milliseconds.
    let stated = [
        "A added 1: total 1",
        "B added 2: total 3",
        "C added 3: total 6",
    ];
    book_support::prose::assert_states(dir, &stated.map(|line| timeline.millis_at(line)));

    book_support::tasks::assert_shown_run_is(dir, &timeline);
}
