//! Test support shared by build.rs, the harness tests and every listing's tests, so each concern
//! lives in one place:
//! - [`mdbook`]: what a page contains, with `{{#include}}`s expanded as mdBook expands them;
//! - [`book`]: the book's layout (SUMMARY, the two languages, listings, captions);
//! - [`run`]: running a listing's binary under a timeout;
//! - [`output`]: comparing a run with the `output.txt` the book shows;
//! - [`procs`]: the processes `/proc` shows, for the checks that no child is left behind;
//! - [`threads`], [`tasks`]: checks that the tests of the thread chapters (15–17) and of the
//!   async chapters (21–23) share;
//! - [`loom_copies`]: the copies of a listing that its loom model check compiles, and
//!   `model_check` (feature `loom`): running that check and counting the interleavings;
//! - [`measured`]: the numbers a chapter quotes are the medians of a benchmark's recorded runs.
//! - [`prose`]: the numbers the prose states about a listing, which its tests tie to the code.
//! - [`python`]: running the book's Python on a fast clock and checking what it printed.
//! - [`downloads`]: what Chapter 24's tests of its downloads share, and a program that the
//!   test watches and sends Ctrl-C (`SIGINT`) while it runs.

pub mod book;
pub mod downloads;
pub mod loom_copies;
pub mod mdbook;
pub mod measured;
#[cfg(feature = "loom")]
pub mod model_check;
pub mod output;
pub mod pipeline;
pub mod procs;
pub mod prose;
pub mod python;
pub mod run;
pub mod tasks;
pub mod threads;
pub mod tools;

pub use book_support_macros::keep_async_main;
pub use output::{
    assert_book_output, assert_invariants, assert_numbered_lines, assert_prints_book_output, bless,
    book_output, lines_starting_with, position,
};
pub use run::{
    Output, assert_one_line_error, bounded, run, run_as_edition_2021, run_command, run_unchecked,
};
