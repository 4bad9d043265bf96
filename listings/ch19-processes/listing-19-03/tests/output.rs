use book_support::{assert_book_output, run, run_unchecked};

const BIN: &str = env!("CARGO_BIN_EXE_listing-19-03");

/// The parent prints the children's results in the order it started them: every run prints the
/// same, the failed child's error message included.
#[test]
fn prints_what_the_book_shows() {
    let live = run(BIN, &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn the_worker_role_prints_only_its_result() {
    assert_eq!(run(BIN, &["sum", "10"]).stdout, "55\n");
}

#[test]
fn bad_input_to_the_worker_role_is_a_one_line_error() {
    let usage = "error: usage: listing-19-03 [sum COUNT]\n";
    for (args, message) in [
        (&["sum"][..], usage),
        (
            &["sum", "-1"],
            "error: COUNT must be a whole number, not `-1`\n",
        ),
        (&["sum", "1", "2"], usage),
    ] {
        let live = run_unchecked(BIN, args);
        assert_eq!(live.status.code(), Some(2), "{args:?}");
        assert_eq!(live.stderr, message, "{args:?}");
        assert!(live.stdout.is_empty(), "{args:?}");
    }
}
