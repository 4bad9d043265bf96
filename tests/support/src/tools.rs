//! Outside programs that some tests need (mdBook, Chromium). Such a test is `#[ignore]`d with
//! its reason, so that a plain `cargo test` reports it `ignored`, never `ok`; run with
//! `--ignored` (as `.ci/run` does), it fails in one line when a program is missing.

use std::path::Path;
use std::process::Command;

use crate::run::run;

pub const MDBOOK_VERSION: &str = "mdbook v0.5.4";

/// What `program --version` prints, if the program can be run.
pub fn version(program: &str) -> Option<String> {
    let output = Command::new(program).arg("--version").output().ok()?;
    Some(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// Fails the test, in one line, unless mdBook 0.5.4 is the `mdbook` on the `PATH`.
#[track_caller]
pub fn require_mdbook() {
    match version("mdbook") {
        Some(found) if found == MDBOOK_VERSION => {}
        Some(other) => panic!(
            "this test needs `{MDBOOK_VERSION}`, but the mdbook on PATH is `{other}`: \
             cargo install mdbook --version 0.5.4 --locked"
        ),
        None => panic!(
            "this test needs `{MDBOOK_VERSION}`, but there is no mdbook on PATH: \
             cargo install mdbook --version 0.5.4 --locked"
        ),
    }
}

/// The full path of the first of `names` (one program's possible names) on the `PATH`; fails
/// the test, in one line that says how to `install` it, if there is none.
#[track_caller]
pub fn require_program(names: &[&str], install: &str) -> std::path::PathBuf {
    let Some(path) = names.iter().find_map(|name| which(name)) else {
        panic!(
            "this test needs {}, but it is not on PATH: {install}",
            names.join(" or ")
        );
    };
    path
}

/// Builds the book whose `book.toml` is in `book_root` into `dest`.
pub fn build_book(book_root: &Path, dest: &Path) {
    run(
        "mdbook",
        &[
            "build",
            book_root.to_str().unwrap(),
            "--dest-dir",
            dest.to_str().unwrap(),
        ],
    );
}

/// The full path of `program` on the `PATH`, if it is there.
pub fn which(program: &str) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}
