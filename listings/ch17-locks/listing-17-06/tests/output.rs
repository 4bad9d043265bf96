//! The chapter's claim about editions, checked by compiling this very file both ways: edition
//! 2024 drops the `if let` guard before `else` runs, edition 2021 keeps it alive through `else`.

use book_support::{assert_book_output, run, run_as_edition_2021};

#[test]
fn prints_what_the_book_shows() {
    let live = run(env!("CARGO_BIN_EXE_listing-17-06"), &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
    assert!(live.stdout.contains("no job: lock free? true"));
}

#[test]
fn as_edition_2021_the_guard_still_holds_the_lock_in_else() {
    let as_2021 = run_as_edition_2021(env!("CARGO_MANIFEST_DIR"), env!("CARGO_TARGET_TMPDIR"));
    assert_eq!(
        as_2021.stdout,
        "job 1: lock free? false\nno job: lock free? false\n"
    );
}
