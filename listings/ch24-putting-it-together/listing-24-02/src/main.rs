use anyhow::{Result, ensure};
use download_cli::{Cli, Demo};
use listing_24_02::{Policy, TIMEOUT, download_all};

#[tokio::main]
async fn main() -> Result<()> {
    // As Listing 24-1's, with `--timeout SECONDS`, the time one attempt may take; without a
    // list, the demo's first answers for green.ppm and blue.ppm fail, and the second succeed.
    let config = Cli::new("listing-24-02", Demo::Flaky)
        .timeout(TIMEOUT)
        .parse()?;
    let (urls, dir, jobs) = (&config.urls, &config.out_dir, config.jobs);
    let count = urls.len();
    eprintln!(
        "downloading {count} files into {}, {jobs} at a time",
        dir.display()
    );

    // ANCHOR: policy
    let policy = Policy {
        timeout: config.timeout,
        ..Policy::default()
    };
    let report = download_all(urls, dir, jobs, policy).await;
    // ANCHOR_END: policy
    println!("{report}");
    let failed = report.failed.len();
    ensure!(failed == 0, "{failed} of {count} downloads failed");
    Ok(())
}
