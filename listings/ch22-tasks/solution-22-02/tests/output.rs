use book_support::{bless, book_output, run};

fn position(lines: &[&str], line: &str) -> usize {
    let found: Vec<usize> = (0..lines.len()).filter(|&i| lines[i] == line).collect();
    assert_eq!(found.len(), 1, "{line:?} exactly once in {lines:?}");
    found[0]
}

/// Any run: A and C run to the end and are reported after their steps; B's panic is
/// reported, by name, after B started, and B never reaches step 2. (The order of the three
/// ends is the machine's business; tests/timing.rs checks it exactly.)
fn check(output: &str) -> Vec<&str> {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 8, "{output}");
    for name in ["A", "C"] {
        let step1 = position(&lines, &format!("{name} - step 1"));
        let step2 = position(&lines, &format!("{name} - step 2"));
        let completed = position(&lines, &format!("{name} completed"));
        assert!(step1 < step2 && step2 < completed, "{name}:\n{output}");
    }
    let step1 = position(&lines, "B - step 1");
    let panicked = position(&lines, "B panicked: connection reset");
    assert!(step1 < panicked, "{output}");
    lines
}

#[test]
fn live_run_reports_the_panic_and_carries_on() {
    let live = run(env!("CARGO_BIN_EXE_solution-22-02"), &[]);
    // The panic hook still reports B's panic on stderr, when it happens.
    assert!(
        live.stderr.contains("connection reset"),
        "stderr: {}",
        live.stderr
    );
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

/// The chapter says that in the run it shows, B's panic was reported first, then C, then A.
#[test]
fn book_output_reports_b_then_c_then_a() {
    let output = book_output(env!("CARGO_MANIFEST_DIR"));
    let lines = check(&output);
    assert_eq!(
        lines[3..],
        [
            "B panicked: connection reset",
            "C - step 2",
            "C completed",
            "A - step 2",
            "A completed"
        ]
    );
}
