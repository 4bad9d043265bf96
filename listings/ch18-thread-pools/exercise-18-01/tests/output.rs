use std::path::Path;

use book_support::copies::{Region, assert_copied};
use book_support::{assert_book_output, run};

#[test]
fn prints_what_the_book_shows() {
    let live = run(env!("CARGO_BIN_EXE_exercise-18-01"), &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
    assert!(
        live.stderr.contains("no square for you"),
        "stderr: {}",
        live.stderr
    );
}

#[test]
fn the_pool_is_the_one_of_listing_18_02() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_copied(
        &here.join("../listing-18-02"),
        Region::Above("main"),
        here,
        Region::Module("pool"),
    );
}
