use book_support::prose::assert_states;
use book_support::{assert_one_line_error, assert_prints_book_output, book_output, run};

const BIN: &str = env!("CARGO_BIN_EXE_listing-19-03");

/// The worker role on its own: only its result, or a one-line error for bad input.
#[test]
fn the_worker_role_prints_only_its_result_or_an_error() {
    assert_eq!(run(BIN, &["sum", "10"]).stdout, "55\n");
    let usage = "Error: usage: listing-19-03 [sum COUNT]\n";
    assert_one_line_error(BIN, &["sum"], usage);
    assert_one_line_error(BIN, &["sum", "1", "2"], usage);
    let negative = "Error: COUNT must be a whole number, not `-1`\n";
    assert_one_line_error(BIN, &["sum", "-1"], negative);
}

/// The parent prints the children's results in the order it started them: every run prints the
/// same, the failed child's error message included.
#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(BIN, env!("CARGO_MANIFEST_DIR"));
}

/// The chapter says with which status the worker given `ninety` exits: 1.
#[test]
fn the_chapter_states_the_failed_workers_exit_status() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let failed = shown.lines().find(|l| l.contains(": failed, ")).unwrap();
    let status = failed
        .split_once("exit status: ")
        .unwrap()
        .1
        .split_once(':')
        .unwrap()
        .0;
    assert_states(env!("CARGO_MANIFEST_DIR"), &[status]);
}
