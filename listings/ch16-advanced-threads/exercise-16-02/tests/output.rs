use book_support::threads::assert_main_consumes_every_message_once;

/// The live run, and the run the book shows, consume every message exactly once.
#[test]
fn consumes_every_message_once() {
    assert_main_consumes_every_message_once(
        env!("CARGO_BIN_EXE_exercise-16-02"),
        env!("CARGO_MANIFEST_DIR"),
    );
}
