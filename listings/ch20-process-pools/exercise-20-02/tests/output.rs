use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output};

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_exercise-20-02"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// The chapter says how many jobs the starting code sends, one per line: 1,000.
#[test]
fn the_chapter_states_the_number_of_jobs() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let (jobs, rest) = shown.split_once(" jobs, ").unwrap();
    let (round_trips, _) = rest.split_once(" round trips").unwrap();
    assert_eq!(jobs, round_trips, "one job per line");
    assert_states(env!("CARGO_MANIFEST_DIR"), &[jobs]);
}
