use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output};

/// Every count is a number that no schedule can change: the output is the same on every run.
#[test]
fn prints_what_the_book_shows() {
    let live = assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-18-05"),
        env!("CARGO_MANIFEST_DIR"),
    );
    // The three ways agree: 17,984 primes below 200,000, as Listing 20-3 counts them.
    let totals: Vec<&str> = live
        .stdout
        .lines()
        .filter(|l| !l.starts_with("per range"))
        .map(|l| l.rsplit_once(": ").unwrap().1)
        .collect();
    assert_eq!(totals, ["17984"; 3], "{}", live.stdout);
}

/// The chapter says below which limit the listing counts (200,000), how many primes it finds
/// (17984), into how many ranges `par_iter` cuts the work (8), and the first range's end (25,000)
/// and count (2762).
#[test]
fn the_chapter_states_the_limit_the_count_and_the_ranges() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let first = shown.lines().next().unwrap();
    let limit = first
        .strip_prefix("primes below ")
        .unwrap()
        .split_once(',')
        .unwrap()
        .0;
    let count = first.rsplit_once(": ").unwrap().1;
    let per_range = shown.lines().find(|l| l.starts_with("per range")).unwrap();
    let counts: Vec<&str> = per_range
        .rsplit_once('[')
        .unwrap()
        .1
        .trim_end_matches(']')
        .split(", ")
        .collect();
    let ranges = counts.len().to_string();
    assert_states(
        env!("CARGO_MANIFEST_DIR"),
        &[limit, count, &ranges, counts[0]],
    );
}
