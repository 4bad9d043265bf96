use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output};

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-16-06"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// The chapter says how long `send_timeout` waits (100 ms) and what the consumers got between
/// them (1, 2 and 3).
#[test]
fn the_chapter_states_the_timeout_and_the_items() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let mut lines = shown.lines();
    let timeout = lines.next().unwrap().split_once(", ").unwrap().1;
    let timeout = timeout.strip_suffix(" ms): Timeout").unwrap();
    let got = lines.next().unwrap().split_once('[').unwrap().1;
    let got = got.split_once(']').unwrap().0;
    let mut stated = vec![timeout];
    stated.extend(got.split(", "));
    assert_states(env!("CARGO_MANIFEST_DIR"), &stated);
}
