use book_support::{bless, book_output, run};

fn position(lines: &[&str], line: &str) -> usize {
    let found: Vec<usize> = (0..lines.len()).filter(|&i| lines[i] == line).collect();
    assert_eq!(found.len(), 1, "{line:?} exactly once in {lines:?}");
    found[0]
}

/// Any run: each call's steps in order and its "completed" after them. (The order of the
/// calls' ends is the machine's business here; tests/timing.rs checks it exactly.)
fn check(output: &str) -> Vec<&str> {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 9, "{output}");
    for name in ["A", "B", "C"] {
        let step1 = position(&lines, &format!("{name} - step 1"));
        let step2 = position(&lines, &format!("{name} - step 2"));
        let completed = position(&lines, &format!("{name} completed"));
        assert!(step1 < step2 && step2 < completed, "{name}:\n{output}");
    }
    lines
}

#[test]
fn live_run_reports_every_call() {
    let live = run(env!("CARGO_BIN_EXE_solution-22-01"), &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

/// The chapter says that in the run it shows, each call was reported as soon as it ended:
/// B, then C, then A.
#[test]
fn book_output_reports_each_call_as_it_ends() {
    let output = book_output(env!("CARGO_MANIFEST_DIR"));
    let lines = check(&output);
    assert_eq!(
        lines[3..],
        [
            "B - step 2",
            "B completed",
            "C - step 2",
            "C completed",
            "A - step 2",
            "A completed"
        ]
    );
}
