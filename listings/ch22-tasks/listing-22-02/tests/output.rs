use book_support::{assert_book_output, run};

#[test]
fn prints_what_the_book_shows() {
    let live = run(env!("CARGO_BIN_EXE_listing-22-02"), &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
    // The panic is also reported on stderr, by the default panic hook, when it happens.
    assert!(
        live.stderr.contains("panicked") && live.stderr.contains("no name given"),
        "stderr: {}",
        live.stderr
    );
}
