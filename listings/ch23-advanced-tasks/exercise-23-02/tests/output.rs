use book_support::{bless, book_output, run};

fn position(lines: &[&str], line: &str) -> usize {
    let found: Vec<usize> = (0..lines.len()).filter(|&i| lines[i] == line).collect();
    assert_eq!(found.len(), 1, "{line:?} exactly once in {lines:?}");
    found[0]
}

/// Any run: the three songs start, each finishes after it started, and the list comes last
/// with all three in it. (The order they finish in is the machine's business here; the
/// solution's tests check it exactly.)
fn check(output: &str) -> Vec<&str> {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 7, "{output}");
    for music in ["A", "B", "C"] {
        let start = position(&lines, &format!("Start playing {music}"));
        let finish = position(&lines, &format!("Finished playing {music}"));
        assert!(start < finish, "{output}");
    }
    let mut list: Vec<&str> = lines[6]
        .strip_prefix("finished: [")
        .and_then(|rest| rest.strip_suffix(']'))
        .unwrap_or_else(|| panic!("not a list: {:?}", lines[6]))
        .split(", ")
        .collect();
    list.sort();
    assert_eq!(list, [r#""A""#, r#""B""#, r#""C""#]);
    lines
}

#[test]
fn live_run_plays_every_song_to_the_end() {
    let live = run(env!("CARGO_BIN_EXE_exercise-23-02"), &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

/// The chapter says that in the run it shows, the songs finished B, C, A, and that the list
/// has them in that order.
#[test]
fn book_output_lists_the_songs_as_they_finished() {
    let output = book_output(env!("CARGO_MANIFEST_DIR"));
    let lines = check(&output);
    assert_eq!(
        lines[3..],
        [
            "Finished playing B",
            "Finished playing C",
            "Finished playing A",
            r#"finished: ["B", "C", "A"]"#
        ]
    );
}
