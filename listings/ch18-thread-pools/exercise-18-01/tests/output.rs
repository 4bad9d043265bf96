use book_support::assert_prints_book_output;

const BIN: &str = env!("CARGO_BIN_EXE_exercise-18-01");

/// Every run prints the same; the panicking task's message goes to stderr.
#[test]
fn prints_what_the_book_shows() {
    let stderr = assert_prints_book_output(BIN, env!("CARGO_MANIFEST_DIR")).stderr;
    assert!(stderr.contains("no square for you"), "stderr: {stderr}");
}
