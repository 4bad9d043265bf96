//! For the build script of a listing that loom model-checks (Listings 17-7, 17-8 and 17-11, the
//! solution of Exercise 17-2): copies of its `src/main.rs` for its `tests/loom.rs`, so that the
//! listing itself needs no `#[cfg(loom)]` plumbing and a plain `cargo test` runs loom without
//! `RUSTFLAGS`.

use std::fs;
use std::path::PathBuf;

/// Writes into `OUT_DIR` `loom_queue.rs`, the listing's code with std's `Mutex` and `Condvar`
/// swapped for loom's (loom explores every interleaving of its own primitives), and, for each
/// `(file, from, to)`, that copy with `from` replaced by `to`: the mistake the check must catch.
/// Each `from` must be in the code exactly once, so that an edit of the listing cannot silently
/// leave the model check testing something else.
pub fn write(mistakes: &[(&str, &str, &str)]) {
    println!("cargo::rerun-if-changed=src/main.rs");
    let source = fs::read_to_string("src/main.rs").unwrap();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let loom = replace_once(
        &source,
        "use std::sync::{Condvar, Mutex};",
        "use loom::sync::{Condvar, Mutex};",
    );
    for (file, from, to) in mistakes {
        fs::write(out_dir.join(file), replace_once(&loom, from, to)).unwrap();
    }
    fs::write(out_dir.join("loom_queue.rs"), loom).unwrap();
}

/// [`write`] for a listing built on other std items than `Mutex` and `Condvar` (Listing 17-11's
/// atomics): writes into `OUT_DIR` the file `copy`, the listing's code with each `(std, loom)` of
/// `swaps` replaced, and, for each `(file, edits)` of `mistakes`, that copy with every
/// `(from, to)` of `edits` replaced. Each `from` must be in the code exactly once, as for [`write`].
pub fn write_edited(copy: &str, swaps: &[(&str, &str)], mistakes: &[(&str, &[(&str, &str)])]) {
    println!("cargo::rerun-if-changed=src/main.rs");
    let source = fs::read_to_string("src/main.rs").unwrap();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let edit = |text: &str, edits: &[(&str, &str)]| {
        edits.iter().fold(text.to_owned(), |text, (from, to)| {
            replace_once(&text, from, to)
        })
    };
    let loom = edit(&source, swaps);
    for (file, edits) in mistakes {
        fs::write(out_dir.join(file), edit(&loom, edits)).unwrap();
    }
    fs::write(out_dir.join(copy), loom).unwrap();
}

fn replace_once(text: &str, from: &str, to: &str) -> String {
    let found = text.matches(from).count();
    assert_eq!(
        found, 1,
        "expected `{from}` once in src/main.rs, found {found}"
    );
    text.replacen(from, to, 1)
}
