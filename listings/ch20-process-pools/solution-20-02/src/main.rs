use listing_20_01::{ProcessPool, worker_role};
use solution_20_02::{map_chunked, run_chunk};

/// The job these workers know: `square N`.
fn run_job(job: &str) -> Result<String, String> {
    match job.split_whitespace().collect::<Vec<_>>()[..] {
        ["square", n] => {
            let n: u64 = n.parse().map_err(|_| format!("not a number: `{n}`"))?;
            Ok((n * n).to_string())
        }
        _ => Err(format!("unknown job `{job}`")),
    }
}

fn main() -> anyhow::Result<()> {
    // Started by the pool as a worker: serve jobs until the input ends.
    if let Some(served) = worker_role(run_chunk(run_job)) {
        return Ok(served?);
    }
    let mut pool = ProcessPool::new(2)?;
    let jobs: Vec<String> = (1..=1000).map(|n| format!("square {n}")).collect();
    // A hundred jobs per line: ten round trips through the pipes.
    let chunk_size = 100;
    let mut sum = 0;
    for result in map_chunked(&mut pool, &jobs, chunk_size) {
        sum += result?.parse::<u64>()?;
    }
    let round_trips = jobs.len().div_ceil(chunk_size);
    println!(
        "{} jobs, {round_trips} round trips: the squares add up to {sum}",
        jobs.len()
    );
    Ok(())
}
