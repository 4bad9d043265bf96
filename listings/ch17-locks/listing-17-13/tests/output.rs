//! The fix of Listing 17-12: one lock order for both threads. Both transfers go through, on every
//! run; a deadlock would fail `run`'s time limit within seconds instead of hanging.

use book_support::prose::assert_section_states;
use book_support::{assert_prints_book_output, book_output, run};

const BIN: &str = env!("CARGO_BIN_EXE_listing-17-13");

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(BIN, env!("CARGO_MANIFEST_DIR"));
}

/// 40 more runs, four at a time: every one ends, with both transfers made.
#[test]
fn forty_runs_all_end_with_both_transfers_made() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..10 {
                    assert_eq!(run(BIN, &[]).stdout, shown);
                }
            });
        }
    });
}

/// The chapter says what the balances are after both transfers: 110 and 90.
#[test]
fn the_chapter_states_the_balances() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let line = shown.lines().last().unwrap();
    let list = line.strip_prefix("balances: [").unwrap().strip_suffix(']');
    let balances: Vec<&str> = list.unwrap().split(", ").collect();
    assert_eq!(balances.len(), 2, "{shown}");
    assert_section_states(env!("CARGO_MANIFEST_DIR"), "lock-ordering", &balances);
}
