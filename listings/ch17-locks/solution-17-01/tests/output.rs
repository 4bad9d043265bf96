use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output};

#[path = "../src/main.rs"]
#[allow(dead_code)]
mod listing;

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_solution-17-01"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// No addition is lost, whatever the number of threads: 200 runs of 1 to 8 threads adding
/// 1 to 2,000 times each.
#[test]
fn no_addition_is_ever_lost() {
    for round in 0..200_u64 {
        let threads = 1 + (round % 8) as usize;
        let per_thread = 1 + (round * 397) % 2000;
        assert_eq!(
            listing::count(threads, per_thread),
            threads as u64 * per_thread,
            "{threads} threads, {per_thread} each"
        );
    }
}

/// The chapter says what the threads count to: 4000.
#[test]
fn the_chapter_states_the_count() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let count = shown.trim_end().strip_prefix("counter = ").unwrap();
    assert_states(env!("CARGO_MANIFEST_DIR"), &[count]);
}
