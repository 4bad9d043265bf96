use std::env;
use std::thread;
use std::time::Duration;

use listing_20_01::worker_role;
use solution_20_01::{JobError, Worker};

/// The jobs this program's workers know: `sleep MS`, which takes MS milliseconds, and `hang`,
/// which never finishes.
fn run_job(job: &str) -> Result<String, String> {
    match job.split_whitespace().collect::<Vec<_>>()[..] {
        ["sleep", ms] => {
            let ms: u64 = ms.parse().map_err(|_| format!("not a number: `{ms}`"))?;
            thread::sleep(Duration::from_millis(ms));
            Ok(format!("slept {ms} ms"))
        }
        ["hang"] => loop {
            thread::park();
        },
        _ => Err(format!("unknown job `{job}`")),
    }
}

fn main() -> anyhow::Result<()> {
    // Started by the pool as a worker: serve jobs until the input ends.
    if let Some(served) = worker_role(run_job) {
        return Ok(served?);
    }
    let (program, limit) = (env::current_exe()?, Duration::from_millis(300));
    let mut worker = Worker::start(&program)?.with_limit(limit);
    for job in ["sleep 20", "hang", "sleep 10"] {
        match worker.run(job) {
            Ok(value) => println!("{job}: {value}"),
            Err(error @ JobError::TimedOut(_)) => {
                println!("{job}: error: {error}");
                // That worker was killed: start another.
                worker = Worker::start(&program)?.with_limit(limit);
            }
            Err(error) => println!("{job}: error: {error}"),
        }
    }
    worker.stop()?;
    Ok(())
}
