use book_support::tasks::{assert_each_in_order, assert_shown_ends_with};
use book_support::{assert_invariants, run};

/// Any run: each call's steps in order and its "completed" after them. (The order of the
/// calls' ends is the machine's business here; tests/timing.rs checks it exactly.)
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 9, "{output}");
    let steps = ["{name} - step 1", "{name} - step 2", "{name} completed"];
    assert_each_in_order(&lines, &["A", "B", "C"], &steps);
}

/// Any run reports every call. The chapter says that in the run it shows, each call was
/// reported as soon as it ended: B, then C, then A.
#[test]
fn reports_each_call_as_it_ends() {
    let live = run(env!("CARGO_BIN_EXE_solution-22-01"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
    let ends = [
        "B - step 2",
        "B completed",
        "C - step 2",
        "C completed",
        "A - step 2",
        "A completed",
    ];
    assert_shown_ends_with(env!("CARGO_MANIFEST_DIR"), &ends);
}
