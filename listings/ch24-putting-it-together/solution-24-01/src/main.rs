use std::path::Path;

use anyhow::{Result, ensure};
use download_cli::{Cli, Demo};
use listing_24_01::{Report, counted, file_name};
use listing_24_02::{Policy, TIMEOUT};
use listing_24_03::download_all;
use tokio::fs;

/// One run of the program: skips the URLs whose file is in `dir` already, downloads the others
/// into `dir`, each file whole or not at all (Listing 24-3), and prints the report.
async fn run_once(urls: &[String], dir: &Path, jobs: usize, policy: Policy) -> Report {
    let (mut skipped, mut missing) = (Vec::new(), Vec::new());
    for url in urls {
        // A file under its final name is whole: Listing 24-3 gives it that name only then.
        let found = fs::metadata(dir.join(file_name(url))).await;
        if found.is_ok_and(|file| file.is_file()) {
            skipped.push(file_name(url).to_owned());
        } else {
            missing.push(url.clone());
        }
    }
    let count = missing.len();
    eprintln!(
        "downloading {count} files into {}, {jobs} at a time",
        dir.display()
    );
    let report = download_all(&missing, dir, jobs, policy).await;
    println!("{}", counted("skipped", skipped.iter()));
    println!("{report}");
    report
}

#[tokio::main]
async fn main() -> Result<()> {
    // As Listing 24-3's. Without a list, the demo runs twice in one fresh directory: first on
    // two of its four pictures, as if a Ctrl-C had stopped that run, then on all four.
    let config = Cli::new("solution-24-01", Demo::Pictures)
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
