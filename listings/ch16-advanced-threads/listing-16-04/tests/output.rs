use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output, lines_starting_with};

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-16-04"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// The chapter says how many lines the logger writes: 3.
#[test]
fn the_chapter_states_how_many_lines_the_logger_writes() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let written = lines_starting_with(&shown, "log: ").len();
    assert!(
        shown.ends_with(&format!("the logger wrote {written} lines\n")),
        "{shown}"
    );
    assert_states(env!("CARGO_MANIFEST_DIR"), &[written.to_string()]);
}
