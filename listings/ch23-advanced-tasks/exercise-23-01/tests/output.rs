use book_support::{assert_book_output, run};

#[test]
fn prints_what_the_book_shows() {
    let live = run(env!("CARGO_BIN_EXE_exercise-23-01"), &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

book_support::listing_on_paused_clock!("../src/main.rs");

/// The program that `cargo run` runs, on the paused clock: the starting code: the timeout at 0.02 s does not stop the 0.06 s song.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "Start playing B"),
        (20, "timeout"),
        (60, "Finished playing B"),
        (100, "main ends"),
    ];
    let stated = ["timeout", "Finished playing B"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
