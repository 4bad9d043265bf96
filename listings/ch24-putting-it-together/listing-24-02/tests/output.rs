//! The run the book shows: `cargo run -p listing-24-02`, the demo whose first answers for
//! green.ppm (503) and blue.ppm (a body cut short) fail.

use std::fs;

use book_support::downloads::assert_retry_demo;
use book_support::{assert_invariants, run};
use image_server::images;

const BIN: &str = env!("CARGO_BIN_EXE_listing-24-02");

/// What a terminal shows: the progress on stderr (in any order, but each file's retry before
/// it is done), then the report on stdout.
fn check(output: &str) {
    let retries = [
        "retry blue.ppm in 100ms (attempt 1 of 3: error decoding response body: error \
             reading a body from connection: end of file before message length reached)",
        "retry green.ppm in 100ms (attempt 1 of 3: HTTP status server error (503 Service \
             Unavailable))",
    ];
    assert_retry_demo(output, "listing-24-02", &images(), retries);
}

#[test]
fn the_demo_retries_two_pictures_once_and_downloads_all_four() {
    let live = run(BIN, &[]);
    let dir = std::env::temp_dir().join("listing-24-02");
    for (name, served) in images() {
        assert!(fs::read(dir.join(&name)).unwrap() == served, "{name}");
    }
    let shown = format!("{}{}", live.stderr, live.stdout);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &shown, check);
}
