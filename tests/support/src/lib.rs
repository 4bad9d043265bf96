//! Test support shared by build.rs, the harness tests and every listing's tests, so each concern
//! lives in one place:
//! - [`mdbook`]: what a page contains, with `{{#include}}`s expanded as mdBook expands them;
//! - [`book`]: the book's layout (SUMMARY, the two languages, listings, captions);
//! - [`run`]: running a listing's binary under a timeout;
//! - [`output`]: comparing a run with the `output.txt` the book shows.

pub mod book;
pub mod mdbook;
pub mod output;
pub mod run;

pub use output::{assert_book_output, bless, book_output, lines_starting_with};
pub use run::{Output, run, run_unchecked};
