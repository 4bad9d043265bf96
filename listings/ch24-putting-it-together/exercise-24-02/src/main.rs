use anyhow::{Result, ensure};
use download_cli::{Cli, Demo};
use exercise_24_02::{Policy, TIMEOUT, download_all};

#[tokio::main]
async fn main() -> Result<()> {
    // Listing 24-2's program, with its library copied into this crate (src/lib.rs), to change.
    // Without a list, the demo's first answer for green.ppm is 503 with `Retry-After: 0`, and
    // the first for blue.ppm a 503 without it.
    let config = Cli::new("exercise-24-02", Demo::Busy)
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
