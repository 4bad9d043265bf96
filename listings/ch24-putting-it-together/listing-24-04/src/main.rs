use std::process::ExitCode;

use anyhow::Result;
use download_cli::{Cli, Demo};
use listing_24_02::{Policy, TIMEOUT};
use listing_24_04::{download_all, next_ctrl_c};
use tokio_util::sync::CancellationToken;

#[tokio::main]
async fn main() -> Result<ExitCode> {
    // As Listing 24-3's; without a list, the demo's six files take 1 s or 1.5 s each.
    let config = Cli::new("listing-24-04", Demo::Slow)
        .timeout(TIMEOUT)
        .parse()?;
    let (urls, dir, jobs) = (&config.urls, &config.out_dir, config.jobs);

    // ANCHOR: ctrl_c
    // Listening before the first download starts: a Ctrl-C from then on cancels `stop`.
    let stop = CancellationToken::new();
    let ctrl_c = next_ctrl_c()?;
    let watcher = tokio::spawn({
        let stop = stop.clone();
        async move {
            ctrl_c.await;
            stop.cancel();
            eprintln!("interrupted: no more downloads start; the running ones finish");
        }
    });
    // ANCHOR_END: ctrl_c
    let count = urls.len();
    eprintln!(
        "downloading {count} files into {}, {jobs} at a time; Ctrl-C stops",
        dir.display()
    );

    let policy = Policy {
        timeout: config.timeout,
        ..Policy::default()
    };
    let report = download_all(urls, dir, jobs, policy, &stop).await;
    watcher.abort();
    println!("{report}");
    Ok(report.exit_code())
}
