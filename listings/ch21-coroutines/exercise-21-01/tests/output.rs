use book_support::run;
use book_support::tasks::assert_lines_then_pauses;

/// Any run: both greetings start before either ends, and the run lasts at least one pause,
/// 0.05 s. The chapter says that the run it shows took exactly that: one pause.
#[test]
fn greets_twice_at_once_in_one_pause() {
    let live = run(env!("CARGO_BIN_EXE_exercise-21-01"), &[]);
    let greetings = ["Hello", "Hello", "World", "World"];
    assert_lines_then_pauses(env!("CARGO_MANIFEST_DIR"), &live.stdout, &greetings, 0.05);
}

book_support::listing_on_paused_clock!("../src/main.rs");

/// The program that `cargo run` runs, on the paused clock: the starting code: two greetings, one pause of 0.05 s.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "Hello"),
        (0, "Hello"),
        (50, "World"),
        (50, "World"),
        (50, "took 0.05 s"),
    ];
    let stated = ["took 0.05 s"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
