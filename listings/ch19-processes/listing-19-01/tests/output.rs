use book_support::prose::assert_states;
use book_support::{assert_one_line_error, assert_prints_book_output, run, run_unchecked};

const BIN: &str = env!("CARGO_BIN_EXE_listing-19-01");

/// The parent's lines come after the child has exited, so every run prints the same.
#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(BIN, env!("CARGO_MANIFEST_DIR"));
}

/// The worker role on its own: the task for good input, a one-line error for anything else.
#[test]
fn the_worker_role_runs_the_task_and_refuses_bad_input() {
    assert_eq!(
        run(BIN, &["task", "Z", "3"]).stdout,
        "Z - start\nZ - end with 6\n"
    );
    let usage = "Error: usage: listing-19-01 [task NAME COUNT]\n";
    for args in [
        &["task", "A"][..],
        &["task", "A", "100", "extra"],
        &["work"],
    ] {
        assert_one_line_error(BIN, args, usage);
    }
    let not_a_number = "Error: COUNT must be a whole number, not `ten`\n";
    assert_one_line_error(BIN, &["task", "A", "ten"], not_a_number);
}

/// The chapter says with which status the program exits when `main` returns an error: 1.
#[test]
fn the_chapter_states_the_exit_status_of_an_error() {
    let refused = run_unchecked(BIN, &["task", "A"]);
    let status = refused.status.code().unwrap();
    assert_ne!(status, 0, "{}", refused.stderr);
    assert_states(env!("CARGO_MANIFEST_DIR"), &[status.to_string()]);
}
