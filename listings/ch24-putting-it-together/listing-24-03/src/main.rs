use anyhow::{Result, ensure};
use download_cli::{Cli, Demo};
use listing_24_02::{Policy, TIMEOUT};
// ANCHOR: use
use listing_24_03::download_all;
// ANCHOR_END: use

#[tokio::main]
async fn main() -> Result<()> {
    // As Listing 24-2's; the demo's first answers for green.ppm and blue.ppm fail again.
    let config = Cli::new("listing-24-03", Demo::Flaky)
        .timeout(TIMEOUT)
        .parse()?;
    let (urls, dir, jobs) = (&config.urls, &config.out_dir, config.jobs);
    let count = urls.len();
    eprintln!(
        "downloading {count} files into {}, {jobs} at a time",
        dir.display()
    );

    let policy = Policy {
        timeout: config.timeout,
        ..Policy::default()
    };
    let report = download_all(urls, dir, jobs, policy).await;
    println!("{report}");
    let failed = report.failed.len();
    ensure!(failed == 0, "{failed} of {count} downloads failed");
    Ok(())
}
