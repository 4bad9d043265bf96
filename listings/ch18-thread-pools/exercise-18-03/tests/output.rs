use book_support::assert_prints_book_output;

/// The first task holds the worker until the three others are queued: every run prints the
/// same.
#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_exercise-18-03"),
        env!("CARGO_MANIFEST_DIR"),
    );
}
