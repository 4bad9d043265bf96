use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output};

#[path = "../src/main.rs"]
#[allow(dead_code)]
mod listing;

use listing::chunk_sums;

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_solution-15-03"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// Every length from 0 to 30 with one to eight threads: the chunk sums add up to the sum, there
/// are never more chunks than threads, and every number is counted (none twice: the sums of
/// 1, 2, 4, 8, … tell which numbers each chunk had).
#[test]
fn the_chunks_cover_every_number_once_with_at_most_one_chunk_per_thread() {
    for len in 0..=30_u32 {
        let powers: Vec<u64> = (0..len).map(|i| 1 << i).collect();
        for threads in 1..=8 {
            let sums = chunk_sums(&powers, threads);
            let at = format!("{len} numbers, {threads} threads: {sums:?}");
            assert!(sums.len() <= threads, "{at}");
            // Chunk by chunk, in order: each sum is a run of consecutive powers of two.
            let mut next = 0;
            for sum in &sums {
                assert!(*sum != 0, "an empty chunk, {at}");
                assert_eq!(sum.trailing_zeros(), next, "chunks out of order, {at}");
                next += sum.count_ones();
                assert_eq!(
                    *sum,
                    (1u64 << next) - (1u64 << sum.trailing_zeros()),
                    "{at}"
                );
            }
            assert_eq!(next, len, "numbers covered, {at}");
        }
    }
}

/// An empty slice gives no chunks (and no `chunks(0)` panic); more threads than numbers give
/// one number per thread.
#[test]
fn empty_and_short_slices() {
    assert_eq!(chunk_sums(&[], 4), Vec::<u64>::new());
    assert_eq!(chunk_sums(&[5, 6, 7], 8), [5, 6, 7]);
}

#[test]
#[should_panic(expected = "at least one thread")]
fn zero_threads_is_a_bug_of_the_caller() {
    chunk_sums(&[1, 2, 3], 0);
}

/// The chapter's arithmetic, from the run it shows and from `chunk_sums`: the thread counts 2, 3
/// and 7; 100 numbers on 7 threads, rounded down, chunks of 14 and 8 chunks; rounded up, chunks of
/// 15, the last 10 long, whose sum is 955 (91 + … + 100).
#[test]
fn the_chapter_states_the_numbers_of_the_chunks() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    // `7 threads: [120, …, 955], total 5050`
    let runs: Vec<(usize, Vec<u64>, u64)> = shown
        .lines()
        .map(|line| {
            let (threads, rest) = line.split_once(" threads: [").unwrap();
            let (sums, total) = rest.split_once("], total ").unwrap();
            let sums = sums.split(", ").map(|n| n.parse().unwrap()).collect();
            (threads.parse().unwrap(), sums, total.parse().unwrap())
        })
        .collect();
    let mut stated: Vec<String> = runs
        .iter()
        .map(|(threads, ..)| threads.to_string())
        .collect();
    let (threads, sums, total) = runs.last().unwrap();
    // The numbers are 1..=n: their total is n(n + 1)/2.
    let n = (1..).find(|n| n * (n + 1) / 2 >= *total).unwrap();
    assert_eq!(n * (n + 1) / 2, *total, "the numbers are not 1..=n");
    let n = n as usize;
    let rounded_down = n / threads;
    // Chunk lengths, as `chunk_sums` cuts them: the sums of n ones.
    let lengths = chunk_sums(&vec![1; n], *threads);
    let (first, last) = (lengths[0], *lengths.last().unwrap());
    let last_sum = *sums.last().unwrap();
    assert_eq!(last_sum, (n as u64 - last + 1..=n as u64).sum::<u64>());
    stated.extend(
        [
            n,
            rounded_down,
            n.div_ceil(rounded_down),
            first as usize,
            last as usize,
            n - last as usize + 1,
        ]
        .map(|x| x.to_string()),
    );
    stated.push(last_sum.to_string());
    assert_states(env!("CARGO_MANIFEST_DIR"), &stated);
}
