use std::sync::OnceLock;

use book_support::{Output, bless, book_output, lines_starting_with, run, run_unchecked};

const BIN: &str = env!("CARGO_BIN_EXE_listing-19-02");

/// The listing sleeps; run it once for all the tests of this file.
fn live() -> &'static Output {
    static LIVE: OnceLock<Output> = OnceLock::new();
    LIVE.get_or_init(|| run(BIN, &[]))
}

/// What any run must print: each task's two lines once, start before end; the parent's list of
/// the program's four processes (its lines in order, whatever the children print in between);
/// and the parent's last line last.
fn check(output: &str) {
    for (name, sum) in [("A", 5050), ("B", 4950), ("C", 4851)] {
        assert_eq!(
            lines_starting_with(output, &format!("{name} - ")),
            [
                format!("{name} - start"),
                format!("{name} - end with {sum}")
            ],
            "{name}'s lines:\n{output}"
        );
    }
    assert_eq!(
        lines_starting_with(output, "main:"),
        [
            "main: 4 processes run this program:",
            "main:   listing-19-02 (this one)",
            "main:   listing-19-02 task A 100",
            "main:   listing-19-02 task B 99",
            "main:   listing-19-02 task C 98",
        ],
        "{output}"
    );
    assert_eq!(output.lines().count(), 6 + 5 + 1, "{output}");
    assert_eq!(output.lines().last(), Some("Main process over"));
}

/// The three processes ran at the same time: every `start` line comes before every `end` line.
fn check_all_start_before_any_ends(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    let last_start = lines.iter().rposition(|l| l.ends_with(" - start"));
    let first_end = lines.iter().position(|l| l.contains(" - end with "));
    assert!(
        last_start.unwrap() < first_end.unwrap(),
        "a process ended before another started:\n{output}"
    );
}

#[test]
fn live_run_shows_four_processes_running_at_the_same_time() {
    check(&live().stdout);
    check_all_start_before_any_ends(&live().stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live().stdout);
}

#[test]
fn book_output_shows_four_processes_running_at_the_same_time() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    check(&shown);
    check_all_start_before_any_ends(&shown);
}

/// The chapter points out that in the run it shows, C is in the parent's list before C has
/// printed its first line.
#[test]
fn book_output_lists_c_before_c_starts() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let lines: Vec<&str> = shown.lines().collect();
    let listed = lines
        .iter()
        .position(|l| *l == "main:   listing-19-02 task C 98")
        .unwrap();
    let started = lines.iter().position(|l| *l == "C - start").unwrap();
    assert!(
        listed < started,
        "the chapter's description no longer fits:\n{shown}"
    );
}

#[test]
fn bad_input_to_the_worker_role_is_a_one_line_error() {
    let usage = "error: usage: listing-19-02 [task NAME COUNT]\n";
    for (args, message) in [
        (&["task", "B"][..], usage),
        (
            &["task", "B", "99.5"],
            "error: COUNT must be a whole number, not `99.5`\n",
        ),
    ] {
        let live = run_unchecked(BIN, args);
        assert_eq!(live.status.code(), Some(2), "{args:?}");
        assert_eq!(live.stderr, message, "{args:?}");
        assert!(live.stdout.is_empty(), "{args:?}");
    }
}
