use book_support::{assert_book_output, run, run_unchecked};

const BIN: &str = env!("CARGO_BIN_EXE_listing-19-01");

/// The parent's lines come after the child has exited, so every run prints the same.
#[test]
fn prints_what_the_book_shows() {
    let live = run(BIN, &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn the_worker_role_runs_the_task() {
    let live = run(BIN, &["task", "Z", "3"]);
    assert_eq!(live.stdout, "Z - start\nZ - end with 6\n");
}

#[test]
fn bad_input_to_the_worker_role_is_a_one_line_error() {
    let usage = "error: usage: listing-19-01 [task NAME COUNT]\n";
    let not_a_number = "error: COUNT must be a whole number, not `ten`\n";
    for (args, message) in [
        (&["task", "A"][..], usage),
        (&["task", "A", "ten"], not_a_number),
        (&["task", "A", "100", "extra"], usage),
        (&["work"], usage),
    ] {
        let live = run_unchecked(BIN, args);
        assert_eq!(live.status.code(), Some(2), "{args:?}");
        assert_eq!(live.stderr, message, "{args:?}");
        assert!(live.stdout.is_empty(), "{args:?}");
    }
}
