use book_support::assert_prints_book_output;
use book_support::prose::assert_states;

/// The receiver prints the value the other thread published: the same on every run, and the
/// number the chapter says it receives (42).
#[test]
fn receives_what_was_published() {
    let live = assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-17-11"),
        env!("CARGO_MANIFEST_DIR"),
    );
    let received = live.stdout.trim_end().strip_prefix("received ").unwrap();
    assert_states(env!("CARGO_MANIFEST_DIR"), &[received]);
}
