//! The semaphore's bound, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

/// The program that `cargo run` runs, on the paused clock: red and green start at once; blue
/// starts when green ends, at 0.1 s, and white when red ends, at 0.2 s; blue ends last, at
/// 0.4 s: the time the four take two at a time.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "red.ppm: started"),
        (0, "green.ppm: started"),
        (100, "green.ppm: done"),
        (100, "blue.ppm: started"),
        (200, "red.ppm: done"),
        (200, "white.ppm: started"),
        (300, "white.ppm: done"),
        (400, "blue.ppm: done"),
        (400, "took 0.4 s"),
    ];
    let stated = ["blue.ppm: started", "white.ppm: started", "blue.ppm: done"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);

    // What the chapter compares this with: the four one at a time (the sum of their times),
    // and all at once (the longest).
    let at = |line: &str| timeline.seconds_at(line).parse::<f64>().unwrap();
    let times: Vec<f64> = ["red.ppm", "green.ppm", "blue.ppm", "white.ppm"]
        .iter()
        .map(|name| at(&format!("{name}: done")) - at(&format!("{name}: started")))
        .collect();
    let one_at_a_time = times.iter().sum::<f64>();
    let all_at_once = times.iter().copied().fold(0.0, f64::max);
    let written = |seconds: f64| format!("{seconds:.1}");
    book_support::prose::assert_section_states(
        env!("CARGO_MANIFEST_DIR"),
        "semaphore",
        &[written(one_at_a_time), written(all_at_once)],
    );
}
