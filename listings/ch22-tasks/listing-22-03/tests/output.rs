use book_support::run;
use book_support::tasks::{assert_in_order, check_live_and_shown, seconds};

/// Any run: each call's steps in order, each "completed" after its call's second step and
/// in the order main awaits them, and the time spent last, at least the longer call's 0.5 s.
/// Returns the seconds spent.
fn check(output: &str) -> f64 {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 7, "{output}");
    assert_in_order(&lines, &["A - step 1", "A - step 2", "task 1 completed"]);
    assert_in_order(&lines, &["B - step 1", "B - step 2", "task 2 completed"]);
    assert_in_order(&lines, &["task 1 completed", "task 2 completed"]);
    let spent = seconds(lines[6], "spent ");
    assert!(spent >= 0.5, "calls of 0.2 s and 0.5 s took {spent} s");
    spent
}

/// Any run spends at least the longer call. The chapter says that the run it shows spent
/// 0.5 s, the longer call, not 0.7 s.
#[test]
fn spends_the_longer_call() {
    let live = run(env!("CARGO_BIN_EXE_listing-22-03"), &[]);
    let spent = check_live_and_shown(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
    assert_eq!(spent, 0.5);
}
