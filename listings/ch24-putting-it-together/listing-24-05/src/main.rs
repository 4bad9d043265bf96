use std::process::ExitCode;

use anyhow::Result;
use download_cli::{Cli, Demo};
use listing_24_02::{Policy, TIMEOUT};
use listing_24_04::next_ctrl_c;
use listing_24_05::{GRACE, download_all, shut_down};
use tokio_util::sync::CancellationToken;

#[tokio::main]
async fn main() -> Result<ExitCode> {
    // `listing-24-05 [--jobs K] [--timeout SECONDS] [--grace SECONDS] [--out DIR]
    // [URL_LIST_FILE]`, all checked before anything is written. Without a list, the demo's
    // six files take 1 s or 1.5 s each: time to press Ctrl-C, once or twice.
    let config = Cli::new("listing-24-05", Demo::Slow)
        .timeout(TIMEOUT)
        .grace(GRACE)
        .parse()?;
    let (urls, dir, jobs) = (&config.urls, &config.out_dir, config.jobs);

    // Listening before the first download starts; the shutdown runs beside the downloads.
    let (stop, cancel) = (CancellationToken::new(), CancellationToken::new());
    let first_ctrl_c = next_ctrl_c()?;
    let shutdown = shut_down(first_ctrl_c, config.grace, stop.clone(), cancel.clone());
    let shutdown = tokio::spawn(shutdown);
    let count = urls.len();
    eprintln!(
        "downloading {count} files into {}, {jobs} at a time; Ctrl-C once stops, twice cancels",
        dir.display()
    );

    let policy = Policy {
        timeout: config.timeout,
        ..Policy::default()
    };
    let report = download_all(urls, dir, jobs, policy, &stop, &cancel).await;
    shutdown.abort();
    println!("{report}");
    Ok(report.exit_code())
}
