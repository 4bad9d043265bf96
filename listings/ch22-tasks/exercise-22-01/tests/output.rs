use book_support::{bless, book_output, run};

fn position(lines: &[&str], line: &str) -> usize {
    let found: Vec<usize> = (0..lines.len()).filter(|&i| lines[i] == line).collect();
    assert_eq!(found.len(), 1, "{line:?} exactly once in {lines:?}");
    found[0]
}

/// Any run: each call's steps in order and its "completed" after them; main learns of the
/// calls in the order it awaits them, A, B, C, whichever ends first.
fn check(output: &str) -> Vec<&str> {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 9, "{output}");
    for name in ["A", "B", "C"] {
        let step1 = position(&lines, &format!("{name} - step 1"));
        let step2 = position(&lines, &format!("{name} - step 2"));
        let completed = position(&lines, &format!("{name} completed"));
        assert!(step1 < step2 && step2 < completed, "{name}:\n{output}");
    }
    let completed: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.ends_with(" completed"))
        .collect();
    assert_eq!(completed, ["A completed", "B completed", "C completed"]);
    lines
}

#[test]
fn live_run_reports_in_the_order_awaited() {
    let live = run(env!("CARGO_BIN_EXE_exercise-22-01"), &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

/// The chapter says that in the run it shows, the calls ended B, C, A, and that main reported
/// them only after A had ended.
#[test]
fn book_output_reports_after_the_longest_call() {
    let output = book_output(env!("CARGO_MANIFEST_DIR"));
    let lines = check(&output);
    let ends: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.ends_with(" - step 2"))
        .collect();
    assert_eq!(ends, ["B - step 2", "C - step 2", "A - step 2"]);
    assert_eq!(lines[6..], ["A completed", "B completed", "C completed"]);
}
