//! Listing 24-5: after the first Ctrl-C, a grace period; a second Ctrl-C, or the end of the
//! grace period, cancels the downloads still running.

use std::future::Future;
use std::path::Path;
use std::time::Duration;

use anyhow::bail;
use listing_24_02::Policy;
use listing_24_03::download_with_retries;
use listing_24_04::{Report, next_ctrl_c, run_until};
use reqwest::Client;
use tokio::time::sleep;
use tokio_util::sync::CancellationToken;

/// The grace period after the first Ctrl-C, unless `--grace` says otherwise.
pub const GRACE: Duration = Duration::from_secs(3);

// ANCHOR: shutdown
/// The shutdown, in two steps. At `first_ctrl_c`, cancels `stop`: no more downloads start. At
/// the next Ctrl-C, or `grace` later, whichever comes first, cancels `cancel`: the downloads
/// still running are dropped.
pub async fn shut_down(
    first_ctrl_c: impl Future<Output = ()>,
    grace: Duration,
    stop: CancellationToken,
    cancel: CancellationToken,
) {
    first_ctrl_c.await;
    stop.cancel();
    // Listening for the second Ctrl-C before saying that it would cancel.
    let second_ctrl_c = next_ctrl_c().expect("listening for Ctrl-C, as before");
    let seconds = grace.as_secs_f64();
    eprintln!(
        "interrupted: no more downloads start; Ctrl-C again, or {seconds} s from now, cancels \
         the running ones"
    );
    let why = tokio::select! {
        () = second_ctrl_c => "Ctrl-C again",
        () = sleep(grace) => "grace period over",
    };
    cancel.cancel();
    eprintln!("{why}: cancelling the running downloads");
}

/// Downloads every URL into `out_dir` as Listing 24-4 does, until `stop` is cancelled; when
/// `cancel` is, the downloads still running end, failed.
pub async fn download_all(
    urls: &[String],
    out_dir: &Path,
    jobs: usize,
    policy: Policy,
    stop: &CancellationToken,
    cancel: &CancellationToken,
) -> Report {
    let client = Client::new();
    run_until(urls, jobs, stop, |url| {
        let download = download_with_retries(client.clone(), url, out_dir.to_owned(), policy);
        let cancel = cancel.clone();
        async move {
            tokio::select! {
                result = download => result,
                // `select!` drops the download, and with it its temporary file (Listing 24-3).
                () = cancel.cancelled() => bail!("cancelled"),
            }
        }
    })
    .await
}
// ANCHOR_END: shutdown
