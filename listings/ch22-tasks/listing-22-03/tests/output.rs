use book_support::{bless, book_output, run};

fn position(lines: &[&str], line: &str) -> usize {
    let found: Vec<usize> = (0..lines.len()).filter(|&i| lines[i] == line).collect();
    assert_eq!(found.len(), 1, "{line:?} exactly once in {lines:?}");
    found[0]
}

/// Any run: each call's steps in order, each "completed" after its call's second step and
/// in the order main awaits them, and the time spent last, at least the longer call's 0.5 s.
/// Returns the seconds spent.
fn check(output: &str) -> f64 {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 7, "{output}");
    let a1 = position(&lines, "A - step 1");
    let a2 = position(&lines, "A - step 2");
    let b1 = position(&lines, "B - step 1");
    let b2 = position(&lines, "B - step 2");
    let done1 = position(&lines, "task 1 completed");
    let done2 = position(&lines, "task 2 completed");
    assert!(a1 < a2 && b1 < b2, "steps out of order:\n{output}");
    assert!(a2 < done1 && b2 < done2 && done1 < done2, "{output}");
    let spent: f64 = lines[6]
        .strip_prefix("spent ")
        .and_then(|rest| rest.strip_suffix(" s"))
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("not `spent <seconds> s`: {:?}", lines[6]));
    assert!(spent >= 0.5, "calls of 0.2 s and 0.5 s took {spent} s");
    spent
}

#[test]
fn live_run_spends_at_least_the_longer_call() {
    let live = run(env!("CARGO_BIN_EXE_listing-22-03"), &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

/// The chapter says that the run it shows spent 0.5 s, the longer call, not 0.7 s.
#[test]
fn book_output_shows_the_longer_call() {
    let spent = check(&book_output(env!("CARGO_MANIFEST_DIR")));
    assert_eq!(spent, 0.5);
}
