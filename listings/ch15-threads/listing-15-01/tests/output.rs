use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output, lines_starting_with};

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-15-01"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// The chapter says how many lines A and B print: 3 and 5.
#[test]
fn the_chapter_states_each_threads_line_count() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let count = |name: &str| lines_starting_with(&shown, &format!("{name} - ")).len();
    assert_states(
        env!("CARGO_MANIFEST_DIR"),
        &[count("A"), count("B")].map(|n| n.to_string()),
    );
}
