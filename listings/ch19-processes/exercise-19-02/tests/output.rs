use book_support::{assert_book_output, assert_one_line_error, run};

const BIN: &str = env!("CARGO_BIN_EXE_exercise-19-02");

/// The parent collects the results in input order: every run prints the same.
#[test]
fn prints_what_the_book_shows() {
    assert_book_output(
        env!("CARGO_MANIFEST_DIR"),
        &run(BIN, &["60", "20", "40"]).stdout,
    );
}

/// The worker role prints only its result; bad arguments, to either role, are refused before any
/// worker starts.
#[test]
fn the_worker_role_prints_only_its_result_and_bad_arguments_are_refused() {
    assert_eq!(run(BIN, &["sum", "5"]).stdout, "15\n");
    let usage = "Error: usage: exercise-19-02 COUNT... (a worker: exercise-19-02 sum COUNT)\n";
    assert_one_line_error(BIN, &[], usage);
    let not_a_number =
        |count: &str| format!("Error: COUNT must be a whole number, not `{count}`\n");
    assert_one_line_error(BIN, &["60", "twenty"], &not_a_number("twenty"));
    assert_one_line_error(BIN, &["sum", "-1"], &not_a_number("-1"));
}
