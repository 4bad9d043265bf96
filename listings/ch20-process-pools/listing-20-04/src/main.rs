use std::env;

use listing_20_01::worker_role;
use listing_20_04::KeptPool;

/// The jobs these workers know: `square N`, and `crash`, which ends the worker's process with a
/// panic, as a bug in a C library or the system's out-of-memory killer could.
fn run_job(job: &str) -> Result<String, String> {
    match job.split_whitespace().collect::<Vec<_>>()[..] {
        ["square", n] => {
            let n: u64 = n.parse().map_err(|_| format!("not a number: `{n}`"))?;
            Ok((n * n).to_string())
        }
        ["crash"] => panic!("crashing on purpose"),
        _ => Err(format!("unknown job `{job}`")),
    }
}

fn main() -> anyhow::Result<()> {
    // Started by the pool as a worker: serve jobs until the input ends.
    if let Some(served) = worker_role(run_job) {
        return Ok(served?);
    }
    let mut pool = KeptPool::with_program(&env::current_exe()?, 2)?;
    let before = pool.pids();
    let jobs = ["square 3", "crash", "square 4", "square 5"];
    for (job, result) in jobs.iter().zip(pool.map(&jobs)) {
        let shown = result.unwrap_or_else(|error| format!("error: {error}"));
        println!("{job}: {shown}");
    }
    let after = pool.pids();
    let replaced = before.iter().filter(|pid| !after.contains(pid)).count();
    let (before, after) = (before.len(), after.len());
    println!("workers: {before} before, {after} after, {replaced} replaced");
    Ok(())
}
