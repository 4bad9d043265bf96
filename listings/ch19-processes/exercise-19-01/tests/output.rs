use std::fs;
use std::path::Path;

use book_support::{assert_book_output, run, run_unchecked};

const BIN: &str = env!("CARGO_BIN_EXE_exercise-19-01");

/// Every run prints the same: the results come in the order the workers were started.
#[test]
fn prints_what_the_book_shows() {
    let live = run(BIN, &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn the_worker_role_takes_its_count_as_an_argument() {
    assert_eq!(run(BIN, &["sum", "10"]).stdout, "55\n");
    let live = run_unchecked(BIN, &["sum"]);
    assert_eq!(live.status.code(), Some(2));
    assert_eq!(live.stderr, "error: usage: exercise-19-01 [sum COUNT]\n");
    assert!(live.stdout.is_empty());
}

/// The starting code is Listing 19-3 under its own name.
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
