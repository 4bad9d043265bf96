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
