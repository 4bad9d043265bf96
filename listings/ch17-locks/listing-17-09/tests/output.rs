use book_support::assert_prints_book_output;

/// Every reader gets in while main holds its read guard, a writer cannot, and the write comes
/// after: the same output on every run, since main prints the readers' results in order.
#[test]
fn readers_share_the_lock_and_a_writer_waits() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-17-09"),
        env!("CARGO_MANIFEST_DIR"),
    );
}
