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
    let ms = |line: &str| {
        let seconds: f64 = timeline.seconds_at(line).parse().unwrap();
        (seconds * 1000.0).round().to_string()
    };
    book_support::prose::assert_states(dir, &stated.map(ms));

    let printed: Vec<&str> = timeline.lines.iter().map(|(_, l)| l.as_str()).collect();
    let shown = book_support::book_output(dir);
    assert_eq!(
        printed,
        shown.lines().collect::<Vec<&str>>(),
        "output.txt (right) is not the run on the paused clock (left)"
    );
}
