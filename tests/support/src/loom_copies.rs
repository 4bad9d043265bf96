//! For the build script of a listing that loom model-checks (Listings 17-7 and 17-8, the solution
//! of Exercise 17-2): copies of its `src/main.rs` for its `tests/loom.rs`, so that the listing
//! itself needs no `#[cfg(loom)]` plumbing and a plain `cargo test` runs loom without `RUSTFLAGS`.

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

fn replace_once(text: &str, from: &str, to: &str) -> String {
    let found = text.matches(from).count();
    assert_eq!(
        found, 1,
        "expected `{from}` once in src/main.rs, found {found}"
    );
    text.replacen(from, to, 1)
}
