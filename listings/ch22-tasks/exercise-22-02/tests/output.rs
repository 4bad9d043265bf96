use book_support::{assert_invariants, book_output, run_unchecked};

fn position(lines: &[&str], line: &str) -> Option<usize> {
    let found: Vec<usize> = (0..lines.len()).filter(|&i| lines[i] == line).collect();
    assert!(found.len() <= 1, "{line:?} at most once in {lines:?}");
    found.first().copied()
}

/// Any run: the three calls start, B never gets past step 1, and A's and C's lines come in
/// order. B's panic reaches main as a `JoinError`, `unwrap` panics, and main goes down. How
/// much A and C print before that depends on how long the panic hook takes to report the
/// panics (with `RUST_BACKTRACE=1`, long enough for A and C to end).
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    for line in &lines {
        assert!(
            line.ends_with(" - step 1") || ["A", "C"].iter().any(|name| line.starts_with(name)),
            "{line:?} in:\n{output}"
        );
    }
    assert!(position(&lines, "B - step 1").is_some(), "{output}");
    for name in ["A", "C"] {
        let step1 = position(&lines, &format!("{name} - step 1")).expect("a started call");
        let step2 = position(&lines, &format!("{name} - step 2"));
        let completed = position(&lines, &format!("{name} completed"));
        assert!(step2.is_none_or(|step2| step1 < step2), "{output}");
        assert!(
            completed.is_none_or(|completed| step2.is_some_and(|step2| step2 < completed)),
            "{output}"
        );
    }
}

/// Any run goes down with the broken call. The chapter says that in the run it shows, only
/// the three calls' first steps were printed before main went down.
#[test]
fn goes_down_with_the_broken_call() {
    let live = run_unchecked(env!("CARGO_BIN_EXE_exercise-22-02"), &[]);
    // Exit code 101: a panic in main.
    assert_eq!(live.status.code(), Some(101), "stderr: {}", live.stderr);
    // The panic hook reports B's panic, then main's, which carries the JoinError.
    assert!(
        live.stderr.contains("connection reset") && live.stderr.contains("JoinError::Panic"),
        "stderr: {}",
        live.stderr
    );
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let mut lines: Vec<&str> = shown.lines().collect();
    lines.sort();
    assert_eq!(lines, ["A - step 1", "B - step 1", "C - step 1"]);
}
