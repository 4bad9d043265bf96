use book_support::{assert_book_output, run};

/// The run prints what the book shows; the panic's message is there, on stderr; only the `join`
/// side cannot read it.
#[test]
fn prints_what_the_book_shows_and_the_formatted_message_reaches_stderr_only() {
    let live = run(env!("CARGO_BIN_EXE_exercise-15-02"), &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
    assert!(
        live.stderr.contains("count must be positive, not 0"),
        "stderr: {}",
        live.stderr
    );
    assert!(live.stdout.contains("(not a string)"), "{}", live.stdout);
}
