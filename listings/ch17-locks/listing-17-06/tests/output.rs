//! The chapter's claim about editions, checked by compiling this very file both ways: edition
//! 2024 drops the `if let` guard before `else` runs, edition 2021 keeps it alive through `else`.

use std::path::Path;

use book_support::{assert_book_output, run};

#[test]
fn prints_what_the_book_shows() {
    let live = run(env!("CARGO_BIN_EXE_listing-17-06"), &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
    assert!(live.stdout.contains("no job: lock free? true"));
}

#[test]
fn as_edition_2021_the_guard_still_holds_the_lock_in_else() {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/main.rs");
    let binary = Path::new(env!("CARGO_TARGET_TMPDIR")).join("listing-17-06-edition-2021");
    run(
        &rustc,
        &[
            "--edition=2021",
            "-o",
            binary.to_str().unwrap(),
            source.to_str().unwrap(),
        ],
    );
    let as_2021 = run(binary.to_str().unwrap(), &[]);
    assert_eq!(
        as_2021.stdout,
        "job 1: lock free? false\nno job: lock free? false\n"
    );
}
