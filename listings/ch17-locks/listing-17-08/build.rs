//! Writes two copies of this listing's code for tests/loom.rs, which model-checks the queue:
//! - `loom_queue.rs`: the code as the book shows it, with std's `Mutex` and `Condvar` swapped for
//!   loom's (loom explores every interleaving of its own primitives);
//! - `loom_queue_if.rs`: the same with `get`'s `while` turned into `if`, the mistake the chapter
//!   warns about, which the model check must catch.
//!
//! Copying keeps the listing free of `#[cfg(loom)]` plumbing, and lets a plain `cargo test` run
//! loom without `RUSTFLAGS` (which would rebuild every dependency).

use std::path::PathBuf;

fn main() {
    println!("cargo::rerun-if-changed=src/main.rs");
    let source = std::fs::read_to_string("src/main.rs").unwrap();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());

    let loom = replace_once(
        &source,
        "use std::sync::{Condvar, Mutex};",
        "use loom::sync::{Condvar, Mutex};",
    );
    let with_if = replace_once(
        &loom,
        "while state.items.is_empty() && !state.closed {",
        "if state.items.is_empty() && !state.closed {",
    );
    std::fs::write(out_dir.join("loom_queue.rs"), loom).unwrap();
    std::fs::write(out_dir.join("loom_queue_if.rs"), with_if).unwrap();
}

/// `text` with `from` replaced; fails the build if `from` is not there exactly once, so an edit
/// of the listing cannot silently leave the model check testing something else.
fn replace_once(text: &str, from: &str, to: &str) -> String {
    let found = text.matches(from).count();
    assert_eq!(
        found, 1,
        "build.rs expects `{from}` once in src/main.rs, found {found}"
    );
    text.replacen(from, to, 1)
}
