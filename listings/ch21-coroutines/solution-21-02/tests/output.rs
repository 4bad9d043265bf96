use book_support::{bless, book_output, run};

/// Any run: five ticks in order, and the count once, right. How many ticks come before the
/// count depends on how fast the machine counts.
fn check(output: &str) {
    let count = "9592 primes below 100000";
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 6, "{output}");
    let ticks: Vec<&str> = lines.iter().copied().filter(|l| *l != count).collect();
    assert_eq!(
        ticks,
        ["tick 1", "tick 2", "tick 3", "tick 4", "tick 5"],
        "{output}"
    );
}

#[test]
fn live_run_ticks_and_counts() {
    let live = run(env!("CARGO_BIN_EXE_solution-21-02"), &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

/// The chapter says that in the run it shows, three ticks came before the count: the
/// heartbeat went on while the count ran.
#[test]
fn book_output_ticks_before_the_count() {
    let output = book_output(env!("CARGO_MANIFEST_DIR"));
    check(&output);
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines[3], "9592 primes below 100000", "{output}");
}
