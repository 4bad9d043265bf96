use book_support::tasks::{assert_shown_ends_with, listed};
use book_support::{assert_invariants, run};

fn count(lines: &[&str], line: &str) -> usize {
    lines.iter().filter(|l| **l == line).count()
}

/// Any run: the three songs start; a song is in the final list if and only if it printed
/// "Finished playing"; and if time ran out, the line says how many were left to cancel.
/// (Which songs make it in time is the machine's business here; tests/timing.rs checks it
/// exactly.)
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    let list = listed(lines.last().expect("some output"), "finished: ");
    for music in ["A", "B", "C"] {
        assert_eq!(
            count(&lines, &format!("Start playing {music}")),
            1,
            "{output}"
        );
        let finished = count(&lines, &format!("Finished playing {music}"));
        let in_list = list.contains(&format!("{music:?}").as_str());
        assert_eq!(finished == 1, in_list, "{music}:\n{output}");
    }
    let left = 3 - list.len();
    let time_up = format!("time is up: cancelling the {left} left");
    assert_eq!(count(&lines, &time_up), usize::from(left > 0), "{output}");
    assert_eq!(
        lines.len(),
        3 + list.len() + usize::from(left > 0) + 1,
        "{output}"
    );
}

/// Any run stops at the limit. The chapter says that in the run it shows, B and C finished in
/// time and A was cancelled.
#[test]
fn stops_at_the_limit() {
    let live = run(env!("CARGO_BIN_EXE_solution-23-02"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
    let ends = [
        "Finished playing B",
        "Finished playing C",
        "time is up: cancelling the 1 left",
        r#"finished: ["B", "C"]"#,
    ];
    assert_shown_ends_with(env!("CARGO_MANIFEST_DIR"), &ends);
}
