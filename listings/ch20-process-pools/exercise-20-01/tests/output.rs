use std::path::Path;

use book_support::copies::{Region, assert_copied};
use book_support::{assert_book_output, run, run_unchecked};

const BIN: &str = env!("CARGO_BIN_EXE_exercise-20-01");

/// The results come in input order: every run prints the same.
#[test]
fn prints_what_the_book_shows() {
    let live = run(BIN, &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn bad_arguments_are_a_one_line_error() {
    for args in [&["workers"][..], &["worker", "2"]] {
        let live = run_unchecked(BIN, args);
        assert_eq!(live.status.code(), Some(2), "{args:?}");
        assert_eq!(live.stderr, "error: usage: exercise-20-01 [worker]\n");
        assert!(live.stdout.is_empty());
    }
}

#[test]
fn the_pool_is_the_one_of_listing_20_01() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_copied(
        &here.join("../listing-20-01"),
        Region::Above("main"),
        here,
        Region::Module("pool"),
    );
}
