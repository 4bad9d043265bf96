//! The comparison's counts. How long each way takes is Appendix C's benchmark, never a test.

use book_support::prose::assert_states;
use book_support::{assert_book_output, assert_one_line_error, book_output, run};
use listing_20_03::{is_prime, ranges, run_job, with_threads};

const BIN: &str = env!("CARGO_BIN_EXE_listing-20-03");

#[test]
fn prints_what_the_book_shows() {
    let live = run(BIN, &[]);
    // There are 17,984 primes below 200,000, counted both ways.
    assert_eq!(
        live.stdout,
        "primes below 200000, counted by 2 worker processes: 17984\n\
         primes below 200000, counted by 2 threads: 17984\n"
    );
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn the_ranges_cover_everything_below_the_limit_once() {
    let cut = ranges(100, 16);
    assert_eq!(cut.len(), 16);
    assert_eq!(cut[0].0, 0);
    assert_eq!(cut[15].1, 100);
    assert!(cut.windows(2).all(|w| w[0].1 == w[1].0));
}

#[test]
fn the_job_counts_primes_and_refuses_what_it_does_not_know() {
    let primes: Vec<u64> = (0..30).filter(|&n| is_prime(n)).collect();
    assert_eq!(primes, [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]);
    assert_eq!(run_job("primes 0 100"), Ok("25".to_owned()));
    assert_eq!(run_job("primes 0 x"), Err("not a number: `x`".to_owned()));
    assert_eq!(run_job("dance"), Err("unknown job `dance`".to_owned()));
    assert_eq!(with_threads(&ranges(100, 7), 3), 25);
}

#[test]
fn bad_arguments_are_a_one_line_error() {
    assert_one_line_error(BIN, &["--quick"], "Error: usage: listing-20-03 [worker]\n");
}

/// The chapter says below which limit the program counts (200,000) and how many primes both ways
/// find (17984).
#[test]
fn the_chapter_states_the_limit_and_the_count() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    for line in shown.lines() {
        let (limit, rest) = line
            .strip_prefix("primes below ")
            .unwrap()
            .split_once(", ")
            .unwrap();
        let (_, count) = rest.rsplit_once(": ").unwrap();
        assert_states(env!("CARGO_MANIFEST_DIR"), &[limit, count]);
    }
}
