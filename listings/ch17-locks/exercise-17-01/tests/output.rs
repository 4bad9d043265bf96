use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output};

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_exercise-17-01"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// The chapter says what the threads count to: 4000.
#[test]
fn the_chapter_states_the_count() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let count = shown.trim_end().strip_prefix("counter = ").unwrap();
    assert_states(env!("CARGO_MANIFEST_DIR"), &[count]);
}
