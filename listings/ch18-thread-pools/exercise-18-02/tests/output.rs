use book_support::assert_prints_book_output;

/// The gates fix the order the tasks finish in, and `map` the order of the results: every run
/// prints the same.
#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_exercise-18-02"),
        env!("CARGO_MANIFEST_DIR"),
    );
}
