//! Writes two copies of this solution's code for tests/loom.rs, which model-checks `try_get`:
//! - `loom_queue.rs`: the code as the book shows it, with std's `Mutex` and `Condvar` swapped for
//!   loom's;
//! - `loom_queue_no_notify.rs`: the same without the `notify_all` in `try_get`, the mistake the
//!   exercise warns about, which the model check must catch.

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
    let no_notify = replace_once(
        &loom,
        "self.changed.notify_all(); // a producer may be waiting for the room we just made",
        "",
    );
    std::fs::write(out_dir.join("loom_queue.rs"), loom).unwrap();
    std::fs::write(out_dir.join("loom_queue_no_notify.rs"), no_notify).unwrap();
}

/// `text` with `from` replaced; fails the build if `from` is not there exactly once, so an edit
/// of the solution cannot silently leave the model check testing something else.
fn replace_once(text: &str, from: &str, to: &str) -> String {
    let found = text.matches(from).count();
    assert_eq!(
        found, 1,
        "build.rs expects `{from}` once in src/main.rs, found {found}"
    );
    text.replacen(from, to, 1)
}
