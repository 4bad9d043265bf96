use book_support::{assert_book_output, run};

/// The computation holds the runtime's only thread: its line comes first, and every tick
/// comes after it, whatever the machine's speed.
#[test]
fn prints_what_the_book_shows() {
    let live = run(env!("CARGO_BIN_EXE_exercise-21-02"), &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}
