use book_support::assert_prints_book_output;

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-23-09"),
        env!("CARGO_MANIFEST_DIR"),
    );
}
