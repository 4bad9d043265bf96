use book_support::prose::assert_states;
use book_support::threads::{assert_invariants_and_shows, printed_while};
use book_support::{assert_numbered_lines, book_output, position, run};

const MAIN_DONE: &str = "main: my own work is done";
const ALL_DONE: &str = "main: every thread has finished";

/// Both workers' lines complete and in order; main's closing line comes only after all of them.
/// Returns whether main's own work was done while the workers were still running.
fn check(output: &str) -> bool {
    assert_numbered_lines(output, "A", 5);
    assert_numbered_lines(output, "B", 5);
    let lines: Vec<&str> = output.lines().collect();
    position(&lines, MAIN_DONE); // exactly once
    assert_eq!(lines.last(), Some(&ALL_DONE), "{output}");
    assert_eq!(lines.len(), 12, "{output}");
    printed_while(output, |l| l == MAIN_DONE, |l| l.contains(" - "))
}

/// The live run, and the run the book shows, wait for every thread. The chapter says main's own
/// code ends before the workers do: the run shown must show that.
#[test]
fn waits_for_every_thread_and_the_book_shows_main_finishing_its_own_work_first() {
    let live = run(env!("CARGO_BIN_EXE_listing-16-03"), &[]);
    assert_invariants_and_shows(
        env!("CARGO_MANIFEST_DIR"),
        &live.stdout,
        check,
        "main done with its own work before the workers",
    );
}

/// The chapter says how many worker lines come before main's last line: 10.
#[test]
fn the_chapter_states_the_number_of_worker_lines() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let workers = shown.lines().filter(|l| l.contains(" - ")).count();
    assert_states(env!("CARGO_MANIFEST_DIR"), &[workers.to_string()]);
}
