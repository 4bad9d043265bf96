use book_support::prose::assert_states;
use book_support::{assert_one_line_error, assert_prints_book_output, book_output};

const BIN: &str = env!("CARGO_BIN_EXE_listing-19-05");

/// The child is killed while it sleeps, long before it could end: every run prints the same.
#[test]
fn prints_what_the_book_shows() {
    let live = assert_prints_book_output(BIN, env!("CARGO_MANIFEST_DIR"));
    assert!(
        !live.stdout.contains("done\n"),
        "the child finished its job"
    );
}

#[test]
fn bad_arguments_are_a_one_line_error() {
    let usage = "Error: usage: listing-19-05 [long]\n";
    assert_one_line_error(BIN, &["long", "60"], usage);
    assert_one_line_error(BIN, &["short"], usage);
}

/// The chapter says how long the child would run (60 s) and which signal ended it (9).
#[test]
fn the_chapter_states_the_length_of_the_job_and_the_signal() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let seconds = shown
        .split_once("done in ")
        .unwrap()
        .1
        .split_once(" s")
        .unwrap()
        .0;
    let signal = shown
        .split_once("signal: ")
        .unwrap()
        .1
        .split_once(' ')
        .unwrap()
        .0;
    assert_states(env!("CARGO_MANIFEST_DIR"), &[seconds, signal]);
}
