use anyhow::{Result, ensure};
use download_cli::{Cli, Demo};
use listing_24_01::download_all;

#[tokio::main]
async fn main() -> Result<()> {
    // `listing-24-01 [--jobs K] [--out DIR] [URL_LIST_FILE]`, all checked before anything is
    // written; without a list, four pictures from a demo server in this process.
    let config = Cli::new("listing-24-01", Demo::Pictures).parse()?;
    let (urls, dir, jobs) = (&config.urls, &config.out_dir, config.jobs);
    let count = urls.len();
    eprintln!(
        "downloading {count} files into {}, {jobs} at a time",
        dir.display()
    );

    let report = download_all(urls, dir, jobs).await;
    println!("{report}");
    let failed = report.failed.len();
    ensure!(failed == 0, "{failed} of {count} downloads failed");
    Ok(())
}
