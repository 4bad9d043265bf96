use book_support::run;
use book_support::tasks::{assert_ticks_around, check_live_and_shown};

const COUNT: &str = "9592 primes below 100000";

/// Any run: five ticks in order, and the count once, right. How many ticks come before the
/// count depends on how fast the machine counts. Returns where the count is.
fn check(output: &str) -> usize {
    assert_ticks_around(output, COUNT, 5)
}

/// Any run ticks and counts. The chapter says that in the run it shows, three ticks came
/// before the count: the heartbeat went on while the count ran.
#[test]
fn ticks_while_it_counts() {
    let live = run(env!("CARGO_BIN_EXE_solution-21-02"), &[]);
    let shown = check_live_and_shown(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
    assert_eq!(shown, 3, "the count's line in the run the book shows");
}
