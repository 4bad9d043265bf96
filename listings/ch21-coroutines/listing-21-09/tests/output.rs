use book_support::run;
use book_support::tasks::{assert_ticks_around, check_live_and_shown};

const COUNT: &str = "9592 primes below 100000";

/// Any run: five ticks in order, and the count once, right. How many ticks come before the
/// count depends on how fast the machine counts. Returns where the count is.
fn check(output: &str) -> usize {
    assert_ticks_around(output, COUNT, 5)
}

/// Any run ticks and counts. The chapter states the count, and how many ticks came before it in
/// the run it shows: the heartbeat went on while rayon counted.
#[test]
fn ticks_while_rayon_counts() {
    let live = run(env!("CARGO_BIN_EXE_listing-21-09"), &[]);
    let shown = check_live_and_shown(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
    let primes = COUNT.split(' ').next().unwrap();
    book_support::prose::assert_states(env!("CARGO_MANIFEST_DIR"), &[&shown.to_string(), primes]);
}
