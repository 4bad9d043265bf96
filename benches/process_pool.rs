//! Appendix C, "A process pool or threads on a CPU-bound job": Listing 20-3's job (the primes
//! below 5,000,000, in 16 ranges) on one thread, on a pool of one worker process and of one per
//! CPU, and on one scoped thread per CPU. The code under test is Listing 20-3's own, from its
//! library. `cargo bench --bench process_pool` runs this group alone.
//!
//! The worker processes: Listing 20-3's pool starts `current_exe() worker`, that is, this very
//! benchmark program with the argument `worker`, as the listing starts itself (Chapter 19's
//! idiom). So `main` checks for that argument first and serves jobs with the listing's
//! `run_job`; no other program needs to be built or found.

use std::env;
use std::process::ExitCode;
use std::thread;

use criterion::{BenchmarkId, Criterion, SamplingMode};

use listing_20_01::serve;
use listing_20_03::{ranges, run_job, with_processes, with_threads};

/// The job: the primes below 5,000,000, in 16 ranges of equal length (as Listing 20-3's `main`
/// cuts its smaller range), 348513 of them.
const LIMIT: u64 = 5_000_000;
const PRIMES: u64 = 348_513;

fn cpu_bound(c: &mut Criterion) {
    let cpus = thread::available_parallelism().map_or(1, |n| n.get());
    let chunks = ranges(LIMIT, 16);
    let mut group = c.benchmark_group("process-pool");
    // About a second per run: one run per sample, ten samples.
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    let sizes = if cpus > 1 { vec![1, cpus] } else { vec![1] };
    for &size in &sizes {
        // The pool is started and stopped inside each run, as in Listing 20-3.
        group.bench_with_input(BenchmarkId::new("processes", size), &size, |b, &size| {
            b.iter(|| assert_eq!(with_processes(&chunks, size).unwrap(), PRIMES))
        });
    }
    for &size in &sizes {
        group.bench_with_input(BenchmarkId::new("threads", size), &size, |b, &size| {
            b.iter(|| assert_eq!(with_threads(&chunks, size), PRIMES))
        });
    }
    group.finish();
}

fn main() -> ExitCode {
    // Started by the pool as a worker process: serve jobs until stdin ends.
    if env::args().nth(1).as_deref() == Some("worker") {
        return match serve(run_job) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("worker: {e}");
                ExitCode::FAILURE
            }
        };
    }
    let mut criterion = Criterion::default().configure_from_args();
    cpu_bound(&mut criterion);
    criterion.final_summary();
    ExitCode::SUCCESS
}
