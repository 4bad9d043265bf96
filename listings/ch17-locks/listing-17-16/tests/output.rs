use book_support::prose::assert_states;
use book_support::{assert_invariants, book_output, position, run};

const THREADS: [&str; 4] = ["A", "B", "C", "D"];

/// The lines that show `CONFIG` and `PRIMES` in use, one per thread.
fn uses(output: &str) -> Vec<&str> {
    output
        .lines()
        .filter(|l| l.contains(" - CONFIG is "))
        .collect()
}

/// Each initialiser runs exactly once, before any thread uses what it built; every thread sees
/// the `CONFIG` of the one thread whose initialiser ran; the count of runs comes last.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    let config_inits: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.ends_with(" - initialising CONFIG"))
        .collect();
    assert_eq!(
        config_inits.len(),
        1,
        "one CONFIG initialiser ran in:\n{output}"
    );
    let winner = config_inits[0].split(" - ").next().unwrap();
    assert!(THREADS.contains(&winner), "{output}");
    let config_at = position(&lines, config_inits[0]);
    let primes_at = position(&lines, "computing PRIMES");
    let uses = uses(output);
    assert_eq!(uses.len(), THREADS.len(), "{output}");
    for name in THREADS {
        let line = format!("{name} - CONFIG is \"set by {winner}\", 10 primes");
        let at = position(&lines, &line);
        assert!(
            config_at < at && primes_at < at,
            "{line:?} too early in:\n{output}"
        );
    }
    assert_eq!(lines.len(), THREADS.len() + 3, "{output}");
    assert_eq!(lines[lines.len() - 1], "initialisers run: 2", "{output}");
}

/// The live run, and the run the book shows, run each initialiser once.
#[test]
fn each_initialiser_runs_once() {
    let live = run(env!("CARGO_BIN_EXE_listing-17-16"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}

/// The chapter says how many initialisers ran (2) and how many primes the threads see (10).
#[test]
fn the_chapter_states_the_counts() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let runs = shown.trim_end().rsplit(' ').next().unwrap();
    let primes = uses(&shown)[0].rsplit(", ").next().unwrap();
    let primes = primes.strip_suffix(" primes").unwrap();
    assert_states(env!("CARGO_MANIFEST_DIR"), &[runs, primes]);
}
