//! Listing 20-3: a CPU-bound job, counting primes, shared out to worker processes and to threads.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use listing_20_01::ProcessPool;

/// Whether `n` is prime, by trial division: slow on purpose, so that there is work to share.
pub fn is_prime(n: u64) -> bool {
    n >= 2
        && (2..)
            .take_while(|d| d * d <= n)
            .all(|d| !n.is_multiple_of(d))
}

/// `0..limit` cut into `count` ranges of equal length.
pub fn ranges(limit: u64, count: u64) -> Vec<(u64, u64)> {
    (0..count)
        .map(|i| (limit * i / count, limit * (i + 1) / count))
        .collect()
}

/// A worker's job, `primes START END`; its result, how many primes lie in `START..END`.
pub fn run_job(job: &str) -> Result<String, String> {
    let number = |s: &str| s.parse::<u64>().map_err(|_| format!("not a number: `{s}`"));
    match job.split_whitespace().collect::<Vec<_>>()[..] {
        ["primes", start, end] => {
            let (start, end) = (number(start)?, number(end)?);
            Ok((start..end).filter(|&n| is_prime(n)).count().to_string())
        }
        _ => Err(format!("unknown job `{job}`")),
    }
}

/// Every range as a job on a pool of `workers` processes (starting the pool included).
pub fn with_processes(ranges: &[(u64, u64)], workers: usize) -> anyhow::Result<u64> {
    let jobs = ranges.iter().map(|(a, b)| format!("primes {a} {b}"));
    let mut total = 0;
    for count in ProcessPool::new(workers)?.map(jobs) {
        total += count?.parse::<u64>()?;
    }
    Ok(total)
}

/// Every range on `threads` scoped threads of this process, each taking the next range.
pub fn with_threads(ranges: &[(u64, u64)], threads: usize) -> u64 {
    let next = AtomicUsize::new(0);
    let count_next = || {
        let mut count = 0;
        while let Some(&(start, end)) = ranges.get(next.fetch_add(1, Ordering::Relaxed)) {
            count += (start..end).filter(|&n| is_prime(n)).count() as u64;
        }
        count
    };
    thread::scope(|s| {
        let handles: Vec<_> = (0..threads).map(|_| s.spawn(count_next)).collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    })
}
