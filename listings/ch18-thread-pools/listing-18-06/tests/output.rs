use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output};

/// The counts are in the slots the tasks wrote, so every run prints the same.
#[test]
fn prints_what_the_book_shows() {
    let live = assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-18-06"),
        env!("CARGO_MANIFEST_DIR"),
    );
    // The slots add up to the shared total: every task had finished when `scope` returned.
    let (per_range, total) = live.stdout.split_once('\n').unwrap();
    let sum: usize = per_range
        .rsplit_once('[')
        .unwrap()
        .1
        .trim_end_matches(']')
        .split(", ")
        .map(|n| n.parse::<usize>().unwrap())
        .sum();
    assert_eq!(total, format!("total: {sum}\n"));
    assert_eq!(sum, 17984, "Listing 20-3's count");
}

/// The chapter says how many tasks the scope spawns (4, one per range) and the total (17984).
#[test]
fn the_chapter_states_the_tasks_and_the_total() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let per_range = shown.lines().next().unwrap().rsplit_once('[').unwrap().1;
    let tasks = per_range.split(", ").count();
    let total = shown
        .lines()
        .nth(1)
        .unwrap()
        .strip_prefix("total: ")
        .unwrap();
    assert_states(
        env!("CARGO_MANIFEST_DIR"),
        &[tasks.to_string().as_str(), total],
    );
}
