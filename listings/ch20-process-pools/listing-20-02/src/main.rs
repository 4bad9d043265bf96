use std::env;
use std::fs;
use std::path::Path;

use anyhow::anyhow;
use image_server::ImageServer;
use listing_18_04::download;
use listing_20_01::{ProcessPool, worker_role};

/// A worker's job, `URL DIR`: Listing 18-4's `download`, in a worker process.
fn run_job(job: &str) -> Result<String, String> {
    let (url, dir) = job
        .split_once(' ')
        .ok_or_else(|| format!("not `URL DIR`: {job}"))?;
    download(url, Path::new(dir)).map_err(|error| error.to_string())
}

fn main() -> anyhow::Result<()> {
    // Started by the pool as a worker: serve jobs until the input ends.
    if let Some(served) = worker_role(run_job) {
        return Ok(served?);
    }
    let dir = env::temp_dir().join("listing-20-02");
    fs::create_dir_all(&dir).map_err(|e| anyhow!("{}: {e}", dir.display()))?;
    // The pictures, served on 127.0.0.1 by a thread of the parent process.
    let server = ImageServer::start()?;
    let jobs = server
        .urls()
        .into_iter()
        .map(|url| format!("{url} {}", dir.display()));

    // `ProcessPoolExecutor(max_workers=4).map(download_img, urls)`.
    let mut pool = ProcessPool::new(4)?;
    for result in pool.map(jobs) {
        println!("{}", result?);
    }
    Ok(())
}
