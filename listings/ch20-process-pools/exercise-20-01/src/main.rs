use std::env;
use std::thread;
use std::time::Duration;

use exercise_20_01::Worker;
use listing_20_01::worker_role;

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
    let mut worker = Worker::start(&env::current_exe()?)?;
    // `run` waits for the answer, however long it takes: `hang` would never return.
    for job in ["sleep 20", "sleep 10"] {
        let shown = worker
            .run(job)
            .unwrap_or_else(|error| format!("error: {error}"));
        println!("{job}: {shown}");
    }
    worker.stop()?;
    Ok(())
}
