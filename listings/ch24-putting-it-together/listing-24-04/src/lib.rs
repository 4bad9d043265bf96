//! Listing 24-4: the first Ctrl-C stops the start of new downloads, and lets the running ones
//! finish.

use std::fmt;
use std::future::Future;
use std::io;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Result;
use futures::FutureExt;
use listing_24_01::{Tasks, counted, file_name, spawn_download};
use listing_24_02::Policy;
use listing_24_03::download_with_retries;
use reqwest::Client;
use tokio::signal;
use tokio::sync::Semaphore;
use tokio_util::sync::CancellationToken;

// ANCHOR: status
/// Every file downloaded: exit status 0.
pub const COMPLETED: u8 = 0;
/// Some downloads failed: 1.
pub const FAILED: u8 = 1;
/// A Ctrl-C stopped the run, whatever else happened: 130, that is 128 + 2 (SIGINT's number),
/// as a shell reports a program that Ctrl-C ended.
pub const INTERRUPTED: u8 = 130;

/// What became of each URL: those that ended (Listing 24-1's report) and those that never
/// started; and whether a Ctrl-C came.
pub struct Report {
    pub ended: listing_24_01::Report,
    pub not_started: Vec<String>,
    pub interrupted: bool,
}

impl Report {
    /// The program's exit status: the statuses above, decided here only.
    pub fn exit_code(&self) -> ExitCode {
        let status = if self.interrupted {
            INTERRUPTED
        } else if self.ended.failed.is_empty() {
            COMPLETED
        } else {
            FAILED
        };
        ExitCode::from(status)
    }
}
// ANCHOR_END: status

/// Listing 24-1's two lines, `not started 2: …`, and `interrupted by Ctrl-C` if it was.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "{}", self.ended)?;
        write!(f, "{}", counted("not started", self.not_started.iter()))?;
        if self.interrupted {
            write!(f, "\ninterrupted by Ctrl-C")?;
        }
        Ok(())
    }
}

// ANCHOR: until
/// Listing 24-1's `run_bounded`, whose start loop ends when `stop` is cancelled, even while it
/// waits for a permit: the downloads running then finish, the others never start.
pub async fn run_until<F, Fut>(
    urls: &[String],
    jobs: usize,
    stop: &CancellationToken,
    fetch: F,
) -> Report
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Result<u64>> + Send + 'static,
{
    let permits = Arc::new(Semaphore::new(jobs));
    let mut tasks = Tasks::new();
    let mut started = 0;
    for (index, url) in urls.iter().enumerate() {
        let permit = tokio::select! {
            biased; // the token first: once it is cancelled, no download starts, permit or not
            () = stop.cancelled() => break,
            permit = permits.clone().acquire_owned() => permit.expect("never closed"),
        };
        spawn_download(&mut tasks, index, url, permit, fetch(url.clone()));
        started += 1;
    }
    Report {
        ended: listing_24_01::Report::collect(urls, tasks).await,
        not_started: urls[started..]
            .iter()
            .map(|url| file_name(url).to_owned())
            .collect(),
        interrupted: stop.is_cancelled(),
    }
}

/// Listens for Ctrl-C from now on, and returns a future that ends at the next one. (Tokio's
/// `ctrl_c` installs its handler when first polled: polled once here, it is installed.)
pub fn next_ctrl_c() -> io::Result<impl Future<Output = ()>> {
    let mut ctrl_c = Box::pin(signal::ctrl_c());
    let now = ctrl_c.as_mut().now_or_never();
    if let Some(Err(error)) = now {
        return Err(error);
    }
    Ok(async move {
        if now.is_none() {
            let _ = ctrl_c.await;
        }
    })
}
// ANCHOR_END: until

/// Downloads every URL into `out_dir` as Listing 24-3 does, until `stop` is cancelled.
pub async fn download_all(
    urls: &[String],
    out_dir: &Path,
    jobs: usize,
    policy: Policy,
    stop: &CancellationToken,
) -> Report {
    let client = Client::new();
    run_until(urls, jobs, stop, |url| {
        download_with_retries(client.clone(), url, out_dir.to_owned(), policy)
    })
    .await
}
