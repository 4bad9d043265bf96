use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output};

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-17-05"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// The chapter says what balance the half-done change left: 70.
#[test]
fn the_chapter_states_the_balance_after_the_panic() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let line = shown.lines().last().unwrap();
    let balance = line
        .strip_prefix("balance = ")
        .unwrap()
        .split(' ')
        .next()
        .unwrap();
    assert_states(env!("CARGO_MANIFEST_DIR"), &[balance]);
}
