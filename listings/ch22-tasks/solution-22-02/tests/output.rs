use book_support::tasks::{assert_each_in_order, assert_in_order, assert_shown_ends_with};
use book_support::{assert_invariants, run};

/// Any run: A and C run to the end and are reported after their steps; B's panic is
/// reported, by name, after B started, and B never reaches step 2. (The order of the three
/// ends is the machine's business; tests/timing.rs checks it exactly.)
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 8, "{output}");
    let steps = ["{name} - step 1", "{name} - step 2", "{name} completed"];
    assert_each_in_order(&lines, &["A", "C"], &steps);
    assert_in_order(&lines, &["B - step 1", "B panicked: connection reset"]);
}

/// Any run reports the panic and carries on. The chapter says that in the run it shows, B's
/// panic was reported first, then C, then A.
#[test]
fn reports_the_panic_and_carries_on() {
    let live = run(env!("CARGO_BIN_EXE_solution-22-02"), &[]);
    // The panic hook still reports B's panic on stderr, when it happens.
    assert!(
        live.stderr.contains("connection reset"),
        "stderr: {}",
        live.stderr
    );
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
    let ends = [
        "B panicked: connection reset",
        "C - step 2",
        "C completed",
        "A - step 2",
        "A completed",
    ];
    assert_shown_ends_with(env!("CARGO_MANIFEST_DIR"), &ends);
}
