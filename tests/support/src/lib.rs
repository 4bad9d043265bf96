//! Test support shared by build.rs, the harness tests and every listing's tests, so each concern
//! lives in one place:
//! - [`mdbook`]: what a page contains, with `{{#include}}`s expanded as mdBook expands them;
//! - [`book`]: the book's layout (SUMMARY, the two languages, listings, captions);
//! - [`run`]: running a listing's binary under a timeout;
//! - [`output`]: comparing a run with the `output.txt` the book shows;
//! - [`copies`]: code that one listing copies from another stays identical to its original;
//! - [`measured`]: the numbers a chapter quotes are the medians of a benchmark's recorded runs.

pub mod book;
pub mod copies;
pub mod mdbook;
pub mod measured;
pub mod output;
pub mod pipeline;
pub mod run;
pub mod tools;

pub use output::{
    assert_book_output, assert_numbered_lines, bless, book_output, lines_starting_with,
};
pub use run::{Output, run, run_unchecked};
