use book_support::tasks::{assert_each_in_order, assert_shown_ends_with, listed};
use book_support::{assert_invariants, run};

/// Any run: the three songs start, each finishes after it started, and the list comes last
/// with all three in it. (The order they finish in is the machine's business here; the
/// solution's tests check it exactly.)
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 7, "{output}");
    let steps = ["Start playing {name}", "Finished playing {name}"];
    assert_each_in_order(&lines, &["A", "B", "C"], &steps);
    let mut list = listed(lines[6], "finished: ");
    list.sort();
    assert_eq!(list, [r#""A""#, r#""B""#, r#""C""#]);
}

/// Any run plays every song to the end. The chapter says that in the run it shows, the songs
/// finished B, C, A, and that the list has them in that order.
#[test]
fn plays_every_song_to_the_end() {
    let live = run(env!("CARGO_BIN_EXE_exercise-23-02"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
    let ends = [
        "Finished playing B",
        "Finished playing C",
        "Finished playing A",
        r#"finished: ["B", "C", "A"]"#,
    ];
    assert_shown_ends_with(env!("CARGO_MANIFEST_DIR"), &ends);
}

book_support::listing_on_paused_clock!("../src/main.rs");

/// The program that `cargo run` runs, on the paused clock: the songs finish at 0.01, 0.03 and 0.09 s, in that order.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "Start playing A"),
        (0, "Start playing B"),
        (0, "Start playing C"),
        (10, "Finished playing B"),
        (30, "Finished playing C"),
        (90, "Finished playing A"),
        (90, r#"finished: ["B", "C", "A"]"#),
    ];
    let stated = [
        "Finished playing B",
        "Finished playing C",
        "Finished playing A",
    ];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
