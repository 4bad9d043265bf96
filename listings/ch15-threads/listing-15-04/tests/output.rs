use book_support::prose::assert_states;
use book_support::{assert_book_output, book_output, run};

/// The run prints what the book shows. The panic is reported on stderr by the panicking thread,
/// yet the program exits successfully.
#[test]
fn prints_what_the_book_shows_and_the_panic_message_goes_to_stderr() {
    let live = run(env!("CARGO_BIN_EXE_listing-15-04"), &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
    assert!(
        live.stderr.contains("panicked") && live.stderr.contains("count must be positive"),
        "stderr: {}",
        live.stderr
    );
}

/// The chapter says the first thread returns 5050.
#[test]
fn the_chapter_states_the_sum_the_thread_returns() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let first = shown.lines().next().unwrap();
    let (_, sum) = first.rsplit_once(" = ").unwrap();
    assert_states(env!("CARGO_MANIFEST_DIR"), &[sum]);
}
