//! The run the book shows: `cargo run -p solution-24-02`, the demo whose first answer for
//! green.ppm is 503 with `Retry-After: 0`, and the first for blue.ppm a 503 without it.

use std::fs;

use book_support::downloads::assert_retry_demo;
use book_support::{assert_invariants, run};
use image_server::images;

const BIN: &str = env!("CARGO_BIN_EXE_solution-24-02");

/// What a terminal shows: the progress on stderr (in any order, but each file's retry before
/// it is done), then the report on stdout. green.ppm's retry comes as its `Retry-After: 0`
/// asks, at once; blue.ppm's after the backoff, 100 ms.
fn check(output: &str) {
    let retries = [
        "retry blue.ppm in 100ms (attempt 1 of 3: HTTP status server error (503 Service \
             Unavailable))",
        "retry green.ppm in 0ns (attempt 1 of 3: the server asks to wait 0 s: HTTP status \
             server error (503 Service Unavailable))",
    ];
    assert_retry_demo(output, "solution-24-02", &images(), retries);
}

#[test]
fn the_demo_waits_as_the_server_asks_and_backs_off_without_it() {
    let live = run(BIN, &[]);
    let dir = std::env::temp_dir().join("solution-24-02");
    for (name, served) in images() {
        assert!(fs::read(dir.join(&name)).unwrap() == served, "{name}");
    }
    let shown = format!("{}{}", live.stderr, live.stdout);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &shown, check);
}
