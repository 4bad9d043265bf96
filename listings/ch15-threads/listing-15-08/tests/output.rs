use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output};

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-15-08"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// The chapter says how many calls each thread counted (3, 5 and 1): the number on each line of
/// the run it shows.
#[test]
fn the_chapter_states_each_threads_count() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let counts: Vec<&str> = shown
        .lines()
        .map(|line| {
            line.split_once(" counted ")
                .unwrap()
                .1
                .split(' ')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(counts.len(), 3, "{shown}");
    assert_states(env!("CARGO_MANIFEST_DIR"), &counts);
}
