//! Listing 24-2: a timeout for each attempt, and retries, each after a pause twice as long as
//! the one before.

use std::future::Future;
use std::path::Path;
use std::time::Duration;

use anyhow::{Result, anyhow};
use listing_24_01::{Report, download, file_name, run_bounded};
use reqwest::Client;
use tokio::time::{sleep, timeout};

// ANCHOR: policy
/// Attempts at one download, at most.
pub const ATTEMPTS: u32 = 3;
/// The time one attempt may take, unless `--timeout` says otherwise.
pub const TIMEOUT: Duration = Duration::from_secs(2);
/// The pause after the first failed attempt; each pause after it is twice the one before.
pub const FIRST_BACKOFF: Duration = Duration::from_millis(100);

/// How hard to try one download.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Policy {
    pub attempts: u32,
    pub timeout: Duration,
    pub first_backoff: Duration,
}

impl Default for Policy {
    fn default() -> Policy {
        Policy {
            attempts: ATTEMPTS,
            timeout: TIMEOUT,
            first_backoff: FIRST_BACKOFF,
        }
    }
}
// ANCHOR_END: policy

// ANCHOR: retry
/// Runs `attempt`, each time under the policy's timeout, until it succeeds, fails in a way not
/// worth another attempt, or has failed `policy.attempts` times. Says on stderr, naming the
/// file `name`, when it tries again.
pub async fn retry<T, Fut>(
    policy: Policy,
    name: &str,
    mut attempt: impl FnMut() -> Fut,
) -> Result<T>
where
    Fut: Future<Output = Result<T>>,
{
    let (mut number, mut backoff) = (1, policy.first_backoff);
    loop {
        let error = match timeout(policy.timeout, attempt()).await {
            Ok(Ok(value)) => return Ok(value),
            Ok(Err(error)) if !worth_retrying(&error) => return Err(error),
            Ok(Err(error)) => error,
            // The attempt's future is dropped, and its connection closed, by the timeout.
            Err(_) => anyhow!("timed out after {:?}", policy.timeout),
        };
        if number == policy.attempts {
            return Err(error.context(format!("gave up after {number} attempts")));
        }
        let of = policy.attempts;
        eprintln!("retry {name} in {backoff:?} (attempt {number} of {of}: {error:#})");
        sleep(backoff).await;
        (number, backoff) = (number + 1, backoff * 2);
    }
}

/// Worth another attempt is what may be gone the next time: a timeout (above), a connection
/// refused or broken, a server error (5xx), a body cut short. Not worth it: any other status,
/// such as 404 (the same request gets the same answer), or a file that cannot be written.
fn worth_retrying(error: &anyhow::Error) -> bool {
    let Some(error) = error.downcast_ref::<reqwest::Error>() else {
        return false;
    };
    match error.status() {
        Some(status) => status.is_server_error(),
        None => error.is_connect() || error.is_request() || error.is_body() || error.is_decode(),
    }
}
// ANCHOR_END: retry

/// Downloads every URL into `out_dir`, at most `jobs` at once, each with retries.
pub async fn download_all(urls: &[String], out_dir: &Path, jobs: usize, policy: Policy) -> Report {
    let client = Client::new();
    run_bounded(urls, jobs, |url| {
        let (client, path) = (client.clone(), out_dir.join(file_name(&url)));
        async move { retry(policy, file_name(&url), || download(&client, &url, &path)).await }
    })
    .await
}
