use std::path::Path;

use anyhow::{Result, ensure};
use download_cli::{Cli, Demo};
use listing_24_01::Report;
use listing_24_02::{Policy, TIMEOUT};
use listing_24_03::download_all;

/// One run of the program: downloads the URLs into `dir`, each file whole or not at all
/// (Listing 24-3), and prints the report. Every URL, also those whose file is there already.
async fn run_once(urls: &[String], dir: &Path, jobs: usize, policy: Policy) -> Report {
    let count = urls.len();
    eprintln!(
        "downloading {count} files into {}, {jobs} at a time",
        dir.display()
    );
    let report = download_all(urls, dir, jobs, policy).await;
    println!("{report}");
    report
}

#[tokio::main]
async fn main() -> Result<()> {
    // As Listing 24-3's. Without a list, the demo runs twice in one fresh directory: first on
    // two of its four pictures, as if a Ctrl-C had stopped that run, then on all four.
    let config = Cli::new("exercise-24-01", Demo::Pictures)
        .timeout(TIMEOUT)
        .parse()?;
    let (urls, dir, jobs) = (&config.urls, &config.out_dir, config.jobs);
    let policy = Policy {
        timeout: config.timeout,
        ..Policy::default()
    };

    if let Some(server) = &config.demo {
        run_once(&urls[..2], dir, jobs, policy).await;
        let requests = server.stats().total();
        eprintln!("the server has had {requests} requests; the program runs again");
    }
    let report = run_once(urls, dir, jobs, policy).await;
    if let Some(server) = &config.demo {
        eprintln!("the server has had {} requests", server.stats().total());
    }
    let failed = report.failed.len();
    let count = report.done.len() + failed;
    ensure!(failed == 0, "{failed} of {count} downloads failed");
    Ok(())
}
