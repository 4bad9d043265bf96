//! Exercise 24-2, a solution: Listing 24-2's retries, which wait as long as a failed answer's
//! `Retry-After` says, at most [`MAX_WAIT`], instead of the backoff.

use std::fmt;
use std::future::Future;
use std::path::Path;
use std::time::Duration;

use anyhow::{Result, anyhow};
use listing_24_01::{Report, file_name, run_bounded, write_body};
use reqwest::header::RETRY_AFTER;
use reqwest::{Client, Response};
use tokio::fs::File;
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

// ANCHOR: retry_after
/// The longest that a server's `Retry-After` makes a client wait: not for ever.
pub const MAX_WAIT: Duration = Duration::from_secs(10);

/// The wait that a failed answer asks for, with `Retry-After: SECONDS`.
#[derive(Debug)]
pub struct RetryAfter(pub Duration);

impl fmt::Display for RetryAfter {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "the server asks to wait {} s", self.0.as_secs())
    }
}

/// `response`, if its status says that the file is coming; else the error, with the wait its
/// `Retry-After` asks for, if it has one in seconds (a date is not read). The header is read
/// first: `error_for_status` drops the response, and its headers with it.
pub fn check_status(response: Response) -> Result<Response> {
    let header = response.headers().get(RETRY_AFTER);
    let seconds: Option<u64> = header.and_then(|value| value.to_str().ok()?.parse().ok());
    let error = match response.error_for_status() {
        Ok(response) => return Ok(response),
        Err(error) => anyhow::Error::new(error.without_url()),
    };
    Err(match seconds {
        Some(seconds) => error.context(RetryAfter(Duration::from_secs(seconds))),
        None => error,
    })
}

/// Listing 24-1's `get` and `download`, with the status checked by [`check_status`].
pub async fn get(client: &Client, url: &str) -> Result<Response> {
    let response = client.get(url).send().await;
    check_status(response.map_err(reqwest::Error::without_url)?)
}

pub async fn download(client: &Client, url: &str, path: &Path) -> Result<u64> {
    write_body(get(client, url).await?, File::create(path).await?).await
}
// ANCHOR_END: retry_after

// ANCHOR: retry
/// Runs `attempt`, each time under the policy's timeout, until it succeeds, fails in a way not
/// worth another attempt, or has failed `policy.attempts` times. Says on stderr, naming the
/// file `name`, when it tries again: after the backoff, or after the wait that the server
/// asked for.
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
        // The server's wait, if it asked for one (at most MAX_WAIT), in place of the backoff.
        let pause = match error.downcast_ref::<RetryAfter>() {
            Some(RetryAfter(wait)) => (*wait).min(MAX_WAIT),
            None => backoff,
        };
        let of = policy.attempts;
        eprintln!("retry {name} in {pause:?} (attempt {number} of {of}: {error:#})");
        sleep(pause).await;
        (number, backoff) = (number + 1, backoff * 2);
    }
}
// ANCHOR_END: retry

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

/// Downloads every URL into `out_dir`, at most `jobs` at once, each with retries.
pub async fn download_all(urls: &[String], out_dir: &Path, jobs: usize, policy: Policy) -> Report {
    let client = Client::new();
    run_bounded(urls, jobs, |url| {
        let (client, path) = (client.clone(), out_dir.join(file_name(&url)));
        async move { retry(policy, file_name(&url), || download(&client, &url, &path)).await }
    })
    .await
}
