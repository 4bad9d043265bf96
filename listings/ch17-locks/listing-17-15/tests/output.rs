use book_support::threads::{assert_invariants_and_shows, assert_phases_apart};
use book_support::{position, run};

const THREADS: [&str; 3] = ["A", "B", "C"];
const LEADER: &str = "leader: phase 1 is done everywhere";

/// No thread starts phase 2 before every thread has finished phase 1, and exactly one thread is
/// the leader; returns whether another thread's phase 2 line comes before the leader's line, as
/// in the run the chapter shows.
fn check(output: &str) -> bool {
    assert_phases_apart(output, &THREADS, LEADER);
    let lines: Vec<&str> = output.lines().collect();
    let said = lines.iter().position(|l| l.ends_with(LEADER)).unwrap();
    let leader = lines[said].split(" - ").next().unwrap();
    THREADS
        .iter()
        .filter(|&&name| name != leader)
        .any(|name| position(&lines, &format!("{name} - phase 2")) < said)
}

/// The live run, and the run the book shows, keep the phases apart and have one leader; the run
/// the book shows has another thread in phase 2 before the leader's line.
#[test]
fn no_thread_starts_phase_2_before_all_finish_phase_1() {
    let live = run(env!("CARGO_BIN_EXE_listing-17-15"), &[]);
    assert_invariants_and_shows(
        env!("CARGO_MANIFEST_DIR"),
        &live.stdout,
        check,
        "another thread's phase 2 line before the leader's line",
    );
}
