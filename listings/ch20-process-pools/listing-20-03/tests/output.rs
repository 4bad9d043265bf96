//! A benchmark's numbers change from run to run and machine to machine: the test runs its quick
//! mode and checks the table's shape and the count of primes, never a time.

use std::path::Path;

use book_support::copies::{Region, assert_copied};
use book_support::{run, run_unchecked};

const BIN: &str = env!("CARGO_BIN_EXE_listing-20-03");

#[test]
fn quick_mode_counts_the_primes_and_prints_the_table() {
    let live = run(BIN, &["--quick"]);
    let lines: Vec<&str> = live.stdout.lines().collect();
    assert_eq!(lines.len(), 6, "six lines:\n{}", live.stdout);
    // There are 9592 primes below 100 000.
    let cpus: usize = lines[0]
        .strip_prefix("primes below 100000: 9592 (16 chunks, ")
        .and_then(|rest| rest.strip_suffix(" CPUs)"))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("first line: {}", lines[0]));
    assert_eq!(
        lines[1].split_whitespace().collect::<Vec<_>>(),
        ["how", "time", "(ms)", "speed-up"]
    );
    let workers = |n: usize| {
        if n == 1 {
            "1 worker".to_owned()
        } else {
            format!("{n} workers")
        }
    };
    let rows = [
        "one thread, no pool".to_owned(),
        "process pool, 1 worker".to_owned(),
        format!("process pool, {}", workers(cpus)),
        format!("{cpus} scoped threads"),
    ];
    for (line, how) in lines[2..].iter().zip(&rows) {
        let numbers: Vec<f64> = line
            .strip_prefix(how.as_str())
            .unwrap_or_else(|| panic!("`{line}` is not the row of `{how}`"))
            .split_whitespace()
            .map(|n| {
                n.parse()
                    .unwrap_or_else(|_| panic!("not a number in `{line}`"))
            })
            .collect();
        assert_eq!(numbers.len(), 2, "time and speed-up in `{line}`");
        assert!(numbers.iter().all(|n| *n > 0.0), "`{line}`");
    }
    assert!(lines[2].ends_with(" 1.00"), "the first row is the baseline");
}

#[test]
fn a_bad_argument_is_a_one_line_error() {
    for args in [&["--fast"][..], &["--quick", "worker"]] {
        let live = run_unchecked(BIN, args);
        assert_eq!(live.status.code(), Some(2), "{args:?}");
        assert_eq!(live.stderr, "error: usage: listing-20-03 [--quick]\n");
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

/// The chapter's numbers are the medians of the release runs recorded in `measured.txt`.
#[test]
fn the_chapter_quotes_the_medians_of_the_measured_runs() {
    let runs = book_support::measured::runs(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(runs.len(), 5, "five runs");
    for run in &runs {
        assert!(
            run.starts_with("primes below 5000000: 348513 (16 chunks, "),
            "a full run: {run}"
        );
    }
    book_support::measured::assert_pages_quote_medians(&runs, "ch20-process-pools.md");
}
