use std::fs;
use std::path::Path;

use book_support::assert_prints_book_output;

/// The starting code is Listing 19-3 under its own name (whose tests check its worker role).
#[test]
fn the_program_is_listing_19_03() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let read = |dir: &Path| fs::read_to_string(dir.join("src/main.rs")).unwrap();
    let original = read(&here.join("../listing-19-03"));
    assert_eq!(
        original.replace("listing-19-03", "exercise-19-01"),
        read(here),
        "no longer Listing 19-3 (left)"
    );
}

/// Every run prints the same: the results come in the order the workers were started.
#[test]
fn prints_what_the_book_shows() {
    let bin = env!("CARGO_BIN_EXE_exercise-19-01");
    assert_prints_book_output(bin, env!("CARGO_MANIFEST_DIR"));
}
