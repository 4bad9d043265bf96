use book_support::{bless, book_output, run};

fn count(lines: &[&str], line: &str) -> usize {
    lines.iter().filter(|l| **l == line).count()
}

/// Any run: the three songs start; a song is in the final list if and only if it printed
/// "Finished playing"; and if time ran out, the line says how many were left to cancel.
/// (Which songs make it in time is the machine's business here; tests/timing.rs checks it
/// exactly.)
fn check(output: &str) -> Vec<&str> {
    let lines: Vec<&str> = output.lines().collect();
    let last = *lines.last().expect("some output");
    let list = last
        .strip_prefix("finished: [")
        .and_then(|rest| rest.strip_suffix(']'))
        .unwrap_or_else(|| panic!("not a list: {last:?}"));
    let listed: Vec<&str> = list.split(", ").filter(|s| !s.is_empty()).collect();
    for music in ["A", "B", "C"] {
        assert_eq!(
            count(&lines, &format!("Start playing {music}")),
            1,
            "{output}"
        );
        let finished = count(&lines, &format!("Finished playing {music}"));
        let in_list = listed.contains(&format!("{music:?}").as_str());
        assert_eq!(finished == 1, in_list, "{music}:\n{output}");
    }
    let left = 3 - listed.len();
    let time_up = format!("time is up: cancelling the {left} left");
    assert_eq!(count(&lines, &time_up), usize::from(left > 0), "{output}");
    assert_eq!(
        lines.len(),
        3 + listed.len() + usize::from(left > 0) + 1,
        "{output}"
    );
    lines
}

#[test]
fn live_run_stops_at_the_limit() {
    let live = run(env!("CARGO_BIN_EXE_solution-23-02"), &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

/// The chapter says that in the run it shows, B and C finished in time and A was cancelled.
#[test]
fn book_output_stops_a() {
    let output = book_output(env!("CARGO_MANIFEST_DIR"));
    let lines = check(&output);
    assert_eq!(
        lines[3..],
        [
            "Finished playing B",
            "Finished playing C",
            "time is up: cancelling the 1 left",
            r#"finished: ["B", "C"]"#
        ]
    );
}
