//! The `output.txt` a listing's page shows (and the `.out` beside each of the book's Python
//! scripts), and checks of live output against it.
//!
//! Every `output.txt` comes from a real run: `BLESS=1 cargo test -p listing-NN-MM` rewrites it
//! from the run the test just checked (and only after the checks passed).

use std::fs;
use std::path::{Path, PathBuf};

use crate::run::{Output, normalise, run};
use crate::threads::catch_panic_message;

/// The listing's `output.txt`, given its `CARGO_MANIFEST_DIR`.
pub fn book_output(manifest_dir: &str) -> String {
    stored_output(&output_path(manifest_dir))
}

/// The output stored at `path` from a real run: a listing's `output.txt`, or the `.out` file
/// beside one of the book's Python scripts.
pub fn stored_output(path: &Path) -> String {
    let text =
        fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    normalise(&text)
}

/// Asserts that a live run printed exactly what the book shows (or rewrites the book's copy
/// when `BLESS=1`).
pub fn assert_book_output(manifest_dir: &str, live: &str) {
    assert_stored_output(&output_path(manifest_dir), live);
}

/// Asserts that a live run printed exactly what is stored at `path` (or rewrites it when
/// `BLESS=1`); see [`assert_book_output`].
pub fn assert_stored_output(path: &Path, live: &str) {
    if bless_stored(path, live) {
        return;
    }
    let shown = stored_output(path);
    pretty_assertions::assert_eq!(
        shown,
        live,
        "the live run (right) no longer prints what {} (left) shows; if the change is \
         intended, rerun with BLESS=1",
        path.display()
    );
}

/// Runs the listing's binary `bin` without arguments and asserts that it printed exactly what
/// the book shows (see [`assert_book_output`]): the test of a listing whose output is the same on
/// every run. Returns the run, for a test that checks more of it (its standard error, say).
pub fn assert_prints_book_output(bin: &str, manifest_dir: &str) -> Output {
    let live = run(bin, &[]);
    assert_book_output(manifest_dir, &live.stdout);
    live
}

/// With `BLESS=1` in the environment, writes `live` to the listing's `output.txt` and returns
/// true. Call it only after `live` has passed every check the book's copy must pass.
pub fn bless(manifest_dir: &str, live: &str) -> bool {
    bless_stored(&output_path(manifest_dir), live)
}

/// [`bless`] for the output stored at `path`.
pub fn bless_stored(path: &Path, live: &str) -> bool {
    if std::env::var_os("BLESS").is_none_or(|v| v != "1") {
        return false;
    }
    fs::write(path, live).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    eprintln!("blessed {}", path.display());
    true
}

fn output_path(manifest_dir: &str) -> PathBuf {
    Path::new(manifest_dir).join("output.txt")
}

/// Checks concurrent output, which differs from run to run, by its invariants: `check` must pass
/// on the live run and on the `output.txt` the book shows (or, with `BLESS=1`, the live run is
/// written there once it has passed).
pub fn assert_invariants(manifest_dir: &str, live: &str, check: impl Fn(&str)) {
    assert_invariants_stored(&output_path(manifest_dir), live, check);
}

/// [`assert_invariants`] for the output stored at `path`.
pub fn assert_invariants_stored(path: &Path, live: &str, check: impl Fn(&str)) {
    check(live);
    if !bless_stored(path, live) {
        let stored = stored_output(path);
        if let Err(message) = catch_panic_message(|| check(&stored)) {
            panic!(
                "{} fails the checks the live run passed: {message}",
                path.display()
            );
        }
    }
}

/// Where the line `wanted` is in `lines`; it must be there exactly once.
pub fn position(lines: &[&str], wanted: &str) -> usize {
    let found: Vec<usize> = (0..lines.len()).filter(|&i| lines[i] == wanted).collect();
    assert_eq!(
        found.len(),
        1,
        "{wanted:?} exactly once in:\n{}",
        lines.join("\n")
    );
    found[0]
}

/// The lines of `output` that start with `prefix`, in order.
pub fn lines_starting_with<'a>(output: &'a str, prefix: &str) -> Vec<&'a str> {
    output.lines().filter(|l| l.starts_with(prefix)).collect()
}

/// Asserts that the lines starting with `"{name} - "` are exactly `"{name} - 0"` up to
/// `"{name} - {count - 1}"`, in order: one thread's numbered lines, complete, however other
/// threads' lines interleave with them.
pub fn assert_numbered_lines(output: &str, name: &str, count: usize) {
    let prefix = format!("{name} - ");
    let expected: Vec<String> = (0..count).map(|n| format!("{prefix}{n}")).collect();
    assert_eq!(
        lines_starting_with(output, &prefix),
        expected,
        "{name}'s lines, in order, in:\n{output}"
    );
}
