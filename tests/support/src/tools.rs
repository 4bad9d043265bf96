//! Outside programs that some tests need (mdBook, Chromium): use them when they are installed,
//! skip with a message that says how to run the test when they are not, and fail instead when
//! CI says the test is required.

use std::path::Path;
use std::process::Command;

use crate::run::run;

pub const MDBOOK_VERSION: &str = "mdbook v0.5.4";

/// What `program --version` prints, if the program can be run.
pub fn version(program: &str) -> Option<String> {
    let output = Command::new(program).arg("--version").output().ok()?;
    Some(String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// Call when a test cannot run because `why`: fails if the environment variable `required` is
/// set to `required` (as `.ci/run` does), else prints `how` to run it and lets the test pass.
pub fn skip(why: &str, required: &str, how: &str) {
    let must_run = std::env::var(required).is_ok_and(|v| v == "required");
    assert!(!must_run, "{required}=required, but {why}");
    eprintln!("skipped: {why}. {how}");
}

/// Whether mdBook 0.5.4 is installed; if not, skips (or fails, see [`skip`]).
pub fn mdbook_available(required: &str) -> bool {
    let found = version("mdbook");
    if found.as_deref() == Some(MDBOOK_VERSION) {
        return true;
    }
    let why = match found {
        Some(other) => format!("found `{other}`, the book is checked with {MDBOOK_VERSION}"),
        None => String::from("mdbook is not installed"),
    };
    skip(
        &why,
        required,
        "Install it with the README's first command.",
    );
    false
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
