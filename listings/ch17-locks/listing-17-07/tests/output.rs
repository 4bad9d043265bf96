use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output};

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-17-07"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// The chapter says what the consumer gets, in order: 0 to 9.
#[test]
fn the_chapter_states_what_the_consumer_gets() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let got = shown.trim_end().strip_prefix("got [").unwrap();
    let got: Vec<&str> = got.strip_suffix(']').unwrap().split(", ").collect();
    assert_states(env!("CARGO_MANIFEST_DIR"), &[got[0], got[got.len() - 1]]);
}
