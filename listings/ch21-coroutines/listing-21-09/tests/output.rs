use book_support::tasks::check_live_and_shown;
use book_support::{position, run};

const COUNT: &str = "9592 primes below 100000";

/// Any run: five ticks in order, and the count once, right. How many ticks come before the
/// count depends on how fast the machine counts. Returns where the count is.
fn check(output: &str) -> usize {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 6, "{output}");
    let ticks: Vec<&str> = lines.iter().copied().filter(|l| *l != COUNT).collect();
    assert_eq!(
        ticks,
        ["tick 1", "tick 2", "tick 3", "tick 4", "tick 5"],
        "{output}"
    );
    position(&lines, COUNT)
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
