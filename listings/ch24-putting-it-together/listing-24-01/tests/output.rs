//! The run the book shows: `cargo run -p listing-24-01`, which downloads the demo's four
//! pictures, two at a time, into the system's temporary directory.

use std::fs;

use book_support::downloads::sorted_lines_starting_with;
use book_support::{assert_invariants, run};
use image_server::images;

const BIN: &str = env!("CARGO_BIN_EXE_listing-24-01");

/// What a terminal shows: the progress on stderr, then the report on stdout (which the program
/// prints once every download has ended, so the two never interleave). The downloads end in
/// any order; the report lists the files in the list's order.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 7, "{output}");
    let first = lines[0];
    assert!(
        first.starts_with("downloading 4 files into ")
            && first.ends_with("listing-24-01, 2 at a time"),
        "{first}"
    );
    let mut done: Vec<String> = images()
        .iter()
        .map(|(name, bytes)| format!("done {name} ({} bytes)", bytes.len()))
        .collect();
    done.sort();
    assert_eq!(
        sorted_lines_starting_with(output, "done "),
        done,
        "{output}"
    );
    assert_eq!(
        lines[5..],
        [
            "downloaded 4: red.ppm, green.ppm, blue.ppm, white.ppm",
            "failed 0"
        ]
    );
}

#[test]
fn the_demo_downloads_four_pictures_byte_for_byte() {
    let live = run(BIN, &[]);
    let dir = std::env::temp_dir().join("listing-24-01");
    assert!(
        live.stderr
            .starts_with(&format!("downloading 4 files into {}, ", dir.display()))
    );
    for (name, served) in images() {
        assert!(fs::read(dir.join(&name)).unwrap() == served, "{name}");
    }
    let shown = format!("{}{}", live.stderr, live.stdout);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &shown, check);
}
