//! The chapter's claim about `while let` and editions, checked by compiling this very file both
//! ways: in edition 2024 as in 2021, the guard in the scrutinee holds the lock through the whole
//! loop body, and the `let` statement's guard is gone before the body runs.

use book_support::prose::assert_section_states;
use book_support::{
    assert_book_output, assert_prints_book_output, book_output, lines_starting_with,
    run_as_edition_2021,
};

#[test]
fn prints_what_the_book_shows() {
    let live = assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-17-14"),
        env!("CARGO_MANIFEST_DIR"),
    );
    let held = lines_starting_with(&live.stdout, "while let: ");
    let free = lines_starting_with(&live.stdout, "loop: ");
    assert!(!held.is_empty() && held.iter().all(|l| l.ends_with("lock free? false")));
    assert!(!free.is_empty() && free.iter().all(|l| l.ends_with("lock free? true")));
}

#[test]
fn as_edition_2021_it_prints_the_same() {
    let as_2021 = run_as_edition_2021(env!("CARGO_MANIFEST_DIR"), env!("CARGO_TARGET_TMPDIR"));
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &as_2021.stdout);
}

/// The chapter says which jobs ran with the lock held (1 and 2) and which with it free (3 and 4).
#[test]
fn the_chapter_states_which_jobs_ran_with_the_lock_held() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let jobs: Vec<&str> = shown
        .lines()
        .map(|line| {
            let (_, rest) = line.split_once("job ").unwrap();
            rest.split(',').next().unwrap()
        })
        .collect();
    assert_eq!(jobs.len(), 4, "{shown}");
    assert_section_states(env!("CARGO_MANIFEST_DIR"), "while-let-guard", &jobs);
}
