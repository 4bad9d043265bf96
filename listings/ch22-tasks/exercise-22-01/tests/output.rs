use book_support::tasks::{assert_each_in_order, assert_shown_ends_with, lines_ending_with};
use book_support::{assert_invariants, book_output, run};

/// Any run: each call's steps in order and its "completed" after them; main learns of the
/// calls in the order it awaits them, A, B, C, whichever ends first.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 9, "{output}");
    let steps = ["{name} - step 1", "{name} - step 2", "{name} completed"];
    assert_each_in_order(&lines, &["A", "B", "C"], &steps);
    let completed = lines_ending_with(output, " completed");
    assert_eq!(completed, ["A completed", "B completed", "C completed"]);
}

/// Any run reports the calls in the order main awaits them. The chapter says that in the run
/// it shows, the calls ended B, C, A, and that main reported them only after A had ended.
#[test]
fn reports_in_the_order_awaited_after_the_longest_call() {
    let live = run(env!("CARGO_BIN_EXE_exercise-22-01"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let ends = lines_ending_with(&shown, " - step 2");
    assert_eq!(ends, ["B - step 2", "C - step 2", "A - step 2"]);
    let reports = ["A completed", "B completed", "C completed"];
    assert_shown_ends_with(env!("CARGO_MANIFEST_DIR"), &reports);
}
