use listing_20_01::worker_role;
use listing_20_03::{ranges, run_job, with_processes, with_threads};

/// Small enough for a debug build; Appendix C's benchmark counts below 5,000,000.
const LIMIT: u64 = 200_000;

fn main() -> anyhow::Result<()> {
    // Started by the pool as a worker: serve jobs until the input ends.
    if let Some(served) = worker_role(run_job) {
        return Ok(served?);
    }
    // The same 16 ranges, shared out to 2 worker processes, then to 2 threads of this one.
    let ranges = ranges(LIMIT, 16);
    let by_processes = with_processes(&ranges, 2)?;
    println!("primes below {LIMIT}, counted by 2 worker processes: {by_processes}");
    let by_threads = with_threads(&ranges, 2);
    println!("primes below {LIMIT}, counted by 2 threads: {by_threads}");
    Ok(())
}
