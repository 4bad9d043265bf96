use std::path::Path;

use book_support::copies::{Region, assert_copied};
use book_support::{assert_book_output, run, run_unchecked};

// The listing's own images and checksum, to compute what it must print.
#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use listing::web::{fnv1a, images};

const BIN: &str = env!("CARGO_BIN_EXE_listing-20-02");

#[test]
fn prints_what_the_book_shows_one_line_per_url_in_input_order() {
    let live = run(BIN, &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
    // The workers read each file back from the disk: its size and checksum are the served
    // bytes'.
    let expected: Vec<String> = images()
        .iter()
        .map(|(name, bytes)| {
            let (length, hash) = (bytes.len(), fnv1a(bytes));
            format!("{name}: {length} bytes written, FNV-1a {hash:016x}")
        })
        .collect();
    let lines: Vec<&str> = live.stdout.lines().collect();
    assert_eq!(lines[..4], expected);
    assert_eq!(lines[4..], ["the temporary directory is removed"]);
}

#[test]
fn bad_arguments_are_a_one_line_error() {
    for args in [&["workers"][..], &["worker", "2"]] {
        let live = run_unchecked(BIN, args);
        assert_eq!(live.status.code(), Some(2), "{args:?}");
        assert_eq!(live.stderr, "error: usage: listing-20-02 [worker]\n");
        assert!(live.stdout.is_empty());
    }
}

#[test]
fn the_pool_is_the_one_of_listing_20_01() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_copied(
        &here.join("../listing-20-01"),
        Region::Above("main"),
        here,
        Region::Module("pool"),
    );
}

#[test]
fn the_download_code_is_the_one_of_listing_18_04() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_copied(
        &here.join("../../ch18-thread-pools/listing-18-04"),
        Region::Module("web"),
        here,
        Region::Module("web"),
    );
}
