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
    let at = |line: &str| timeline.seconds_at(line).parse::<f64>().unwrap();
    let ms = |seconds: f64| (seconds * 1000.0).round().to_string();
    book_support::prose::assert_states(dir, &stated.map(|line| ms(at(line))));

    // What the chapter compares this with: the four one at a time (the sum of their times),
    // and all at once (the longest).
    let times: Vec<f64> = ["red.ppm", "green.ppm", "blue.ppm", "white.ppm"]
        .iter()
        .map(|name| at(&format!("{name}: done")) - at(&format!("{name}: started")))
        .collect();
    let one_at_a_time = times.iter().sum::<f64>();
    let all_at_once = times.iter().copied().fold(0.0, f64::max);
    book_support::prose::assert_section_states(
        dir,
        "semaphore",
        &[ms(one_at_a_time), ms(all_at_once)],
    );

    let printed: Vec<&str> = timeline.lines.iter().map(|(_, l)| l.as_str()).collect();
    let shown = book_support::book_output(dir);
    assert_eq!(
        printed,
        shown.lines().collect::<Vec<&str>>(),
        "output.txt (right) is not the run on the paused clock (left)"
    );
}
