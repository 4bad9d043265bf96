use book_support::{assert_book_output, run, run_unchecked};

const BIN: &str = env!("CARGO_BIN_EXE_exercise-19-02");

/// The parent collects the results in input order: every run prints the same.
#[test]
fn prints_what_the_book_shows() {
    let live = run(BIN, &["60", "20", "40"]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn the_worker_role_prints_only_its_result() {
    assert_eq!(run(BIN, &["sum", "5"]).stdout, "15\n");
}

/// Bad arguments are refused before any worker starts.
#[test]
fn bad_arguments_are_a_one_line_error() {
    let usage = "error: usage: exercise-19-02 COUNT... (a worker: exercise-19-02 sum COUNT)\n";
    for (args, message) in [
        (&[][..], usage),
        (
            &["60", "twenty"],
            "error: COUNT must be a whole number, not `twenty`\n",
        ),
        (
            &["sum", "-1"],
            "error: COUNT must be a whole number, not `-1`\n",
        ),
    ] {
        let live = run_unchecked(BIN, args);
        assert_eq!(live.status.code(), Some(2), "{args:?}");
        assert_eq!(live.stderr, message, "{args:?}");
        assert!(live.stdout.is_empty(), "{args:?}");
    }
}
