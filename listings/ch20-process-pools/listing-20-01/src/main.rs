use std::thread;
use std::time::Duration;

use listing_20_01::{ProcessPool, worker_role};

/// The lesson's task as a job that the workers know, `task NAME COUNT`. It returns its line
/// instead of printing it: a worker's stdout carries its results.
fn run_job(job: &str) -> Result<String, String> {
    match job.split_whitespace().collect::<Vec<_>>()[..] {
        ["task", name, count] => {
            let count: u64 = count
                .parse()
                .map_err(|_| format!("COUNT must be a whole number, not `{count}`"))?;
            let result: u64 = (1..=count).sum();
            thread::sleep(Duration::from_millis(100));
            Ok(format!("{name} - end with {result}"))
        }
        _ => Err(format!("unknown job `{job}`")),
    }
}

fn main() -> anyhow::Result<()> {
    // Started by the pool as a worker: serve jobs until the input ends.
    if let Some(served) = worker_role(run_job) {
        return Ok(served?);
    }
    // `ProcessPoolExecutor(max_workers=2)`: this program, started twice more as a worker.
    let mut pool = ProcessPool::new(2)?;
    let jobs = ["task A 100", "task B 99", "task C 98", "task D ninety"];
    for (job, result) in jobs.iter().zip(pool.map(jobs)) {
        let shown = result.unwrap_or_else(|error| format!("error: {error}"));
        println!("{job}: {shown}");
    }
    drop(pool);
    println!("pool dropped: every worker has exited and been reaped");
    Ok(())
}
