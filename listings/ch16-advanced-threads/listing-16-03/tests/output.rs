use book_support::{assert_numbered_lines, bless, book_output, run};

const MAIN_DONE: &str = "main: my own work is done";
const ALL_DONE: &str = "main: every thread has finished";

/// Both workers' lines complete and in order; main's closing line comes only after all of them.
fn check(output: &str) {
    assert_numbered_lines(output, "A", 5);
    assert_numbered_lines(output, "B", 5);
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(
        lines.iter().filter(|l| **l == MAIN_DONE).count(),
        1,
        "{output}"
    );
    assert_eq!(lines.last(), Some(&ALL_DONE), "{output}");
    assert_eq!(lines.len(), 12, "{output}");
}

#[test]
fn live_run_waits_for_every_thread() {
    let live = run(env!("CARGO_BIN_EXE_listing-16-03"), &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn book_output_waits_for_every_thread() {
    check(&book_output(env!("CARGO_MANIFEST_DIR")));
}

/// The chapter says main's own code ends before the workers do: the run shown must show that.
#[test]
fn book_output_shows_main_finishing_its_own_work_first() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let lines: Vec<&str> = shown.lines().collect();
    let main_done = lines.iter().position(|l| *l == MAIN_DONE).unwrap();
    let last_worker_line = lines.iter().rposition(|l| l.contains(" - ")).unwrap();
    assert!(main_done < last_worker_line, "{shown}");
}
