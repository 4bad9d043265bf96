//! The deadlock of opposite lock orders, made certain by the barrier and shown without hanging by
//! `try_lock`: the same output on every run.

use book_support::prose::assert_section_states;
use book_support::{assert_prints_book_output, book_output, run};

const BIN: &str = env!("CARGO_BIN_EXE_listing-17-12");

#[test]
fn prints_what_the_book_shows() {
    let live = assert_prints_book_output(BIN, env!("CARGO_MANIFEST_DIR"));
    assert_eq!(live.stdout.matches("WouldBlock").count(), 2);
}

/// The barrier, not luck, brings the threads together: 20 more runs, each finding both second
/// locks taken and both balances untouched.
#[test]
fn every_run_finds_both_second_locks_taken() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    for _ in 0..20 {
        assert_eq!(run(BIN, &[]).stdout, shown);
    }
}

/// The chapter says what the balances are after the two transfers that could not happen.
#[test]
fn the_chapter_states_the_balances() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let balances = balances(&shown);
    assert_section_states(env!("CARGO_MANIFEST_DIR"), "lock-ordering", &balances);
}

/// The numbers of the last line, `balances: [100, 100]`.
fn balances(output: &str) -> Vec<String> {
    let line = output.lines().last().unwrap();
    let list = line.strip_prefix("balances: [").unwrap().strip_suffix(']');
    list.unwrap().split(", ").map(str::to_owned).collect()
}
