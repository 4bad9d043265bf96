//! The semaphore's bound, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

/// The program that `cargo run` runs, on the paused clock: red and green start at once; blue
/// starts when green ends, at 10 ms, and white when red ends, at 20 ms; blue ends last, at
/// 40 ms: the time the four take two at a time. The run the book shows is this one, line for
/// line.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "red.ppm: started"),
        (0, "green.ppm: started"),
        (10, "green.ppm: done"),
        (10, "blue.ppm: started"),
        (20, "red.ppm: done"),
        (20, "white.ppm: started"),
        (30, "white.ppm: done"),
        (40, "blue.ppm: done"),
        (40, "took 0.04 s"),
    ];
    book_support::tasks::assert_timeline(dir, &timeline, &expected, &[]);

    // The chapter states these lines' times in milliseconds.
    let stated = ["blue.ppm: started", "white.ppm: started", "blue.ppm: done"];
    book_support::prose::assert_states(dir, &stated.map(|line| timeline.millis_at(line)));

    // What the chapter compares this with: the four one at a time (the sum of their times),
    // and all at once (the longest).
    let ms = |line: String| timeline.millis_at(&line).parse::<u64>().unwrap();
    let times: Vec<u64> = ["red.ppm", "green.ppm", "blue.ppm", "white.ppm"]
        .iter()
        .map(|name| ms(format!("{name}: done")) - ms(format!("{name}: started")))
        .collect();
    let one_at_a_time = times.iter().sum::<u64>();
    let all_at_once = times.iter().max().unwrap();
    book_support::prose::assert_section_states(
        dir,
        "semaphore",
        &[one_at_a_time.to_string(), all_at_once.to_string()],
    );

    book_support::tasks::assert_shown_run_is(dir, &timeline);
}
