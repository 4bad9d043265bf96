//! Listing 24-1: every URL a tokio task, at most `jobs` of them at once.

use std::fmt;
use std::future::Future;
use std::path::Path;
use std::sync::Arc;

use anyhow::Result;
use reqwest::{Client, Response};
use tokio::fs::File;
use tokio::io::AsyncWriteExt;
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tokio::task::JoinSet;

// ANCHOR: download
/// The name a URL's file is saved under: the URL's last segment.
pub fn file_name(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or_default()
}

/// GETs `url`: the response, once its status says that the file is coming (2xx, not 404).
pub async fn get(client: &Client, url: &str) -> Result<Response> {
    let response = client
        .get(url)
        .send()
        .await
        .and_then(Response::error_for_status);
    // Each line about a download names its file: the errors leave the URL out.
    Ok(response.map_err(reqwest::Error::without_url)?)
}

/// Writes the body of `response` to `file` chunk by chunk, as it arrives, so that a large file
/// never sits whole in memory; returns its size. A body shorter than its `Content-Length` is
/// an error (reqwest checks that).
pub async fn write_body(mut response: Response, mut file: File) -> Result<u64> {
    let mut size = 0;
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(reqwest::Error::without_url)?
    {
        file.write_all(&chunk).await?;
        size += chunk.len() as u64;
    }
    file.flush().await?; // a tokio `File` writes on another thread: wait until it is done
    Ok(size)
}

/// Downloads `url` into the file `path`; returns its size.
pub async fn download(client: &Client, url: &str, path: &Path) -> Result<u64> {
    let response = get(client, url).await?;
    write_body(response, File::create(path).await?).await
}
// ANCHOR_END: download

// ANCHOR: bounded
/// Runs `fetch` on every URL, each in a task of its own, at most `jobs` at once.
pub async fn run_bounded<F, Fut>(urls: &[String], jobs: usize, fetch: F) -> Report
where
    F: Fn(String) -> Fut,
    Fut: Future<Output = Result<u64>> + Send + 'static,
{
    let permits = Arc::new(Semaphore::new(jobs));
    let mut tasks = JoinSet::new();
    for (index, url) in urls.iter().enumerate() {
        // The permit before the task: a task exists only once it may run, so that no more
        // than `jobs` of them ever exist at once.
        let permit = permits.clone().acquire_owned().await.expect("never closed");
        spawn_download(&mut tasks, index, url, permit, fetch(url.clone()));
    }
    Report::collect(urls, tasks).await
}

/// The downloads' tasks: each returns the index of its URL in the list, and its result.
pub type Tasks = JoinSet<(usize, Result<u64>)>;
/// A semaphore's permit that a task can own.
pub type Permit = OwnedSemaphorePermit;

/// Spawns `download`, of the URL at `index` in the list, into `tasks`: once it has ended, the
/// task says on stderr how, and gives `permit` back.
pub fn spawn_download<D>(tasks: &mut Tasks, index: usize, url: &str, permit: Permit, download: D)
where
    D: Future<Output = Result<u64>> + Send + 'static,
{
    let name = file_name(url).to_owned();
    tasks.spawn(async move {
        let result = download.await;
        match &result {
            Ok(size) => eprintln!("done {name} ({size} bytes)"),
            Err(error) => eprintln!("failed {name}: {error:#}"),
        }
        drop(permit); // the next download may start
        (index, result)
    });
}

/// Downloads every URL into `out_dir`, at most `jobs` at once.
pub async fn download_all(urls: &[String], out_dir: &Path, jobs: usize) -> Report {
    let client = Client::new();
    run_bounded(urls, jobs, |url| {
        let (client, path) = (client.clone(), out_dir.join(file_name(&url)));
        async move { download(&client, &url, &path).await }
    })
    .await
}
// ANCHOR_END: bounded

/// What became of each URL, in the list's order: the files saved, with their sizes, and the
/// downloads that failed, with why.
#[derive(Debug, Default)]
pub struct Report {
    pub done: Vec<(String, u64)>,
    pub failed: Vec<(String, String)>,
}

impl Report {
    /// Waits for every task of `tasks`, each of which downloaded the URL `urls[index]`.
    pub async fn collect(urls: &[String], mut tasks: Tasks) -> Report {
        let mut results = Vec::new();
        while let Some(joined) = tasks.join_next().await {
            results.push(joined.expect("a download panicked"));
        }
        results.sort_by_key(|(index, _)| *index);
        let mut report = Report::default();
        for (index, result) in results {
            let name = file_name(&urls[index]).to_owned();
            match result {
                Ok(size) => report.done.push((name, size)),
                Err(error) => report.failed.push((name, format!("{error:#}"))),
            }
        }
        report
    }
}

/// `downloaded 3: red.ppm, green.ppm, blue.ppm`, then `failed 0`.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let done = self.done.iter().map(|(name, _)| name);
        writeln!(f, "{}", counted("downloaded", done))?;
        write!(
            f,
            "{}",
            counted("failed", self.failed.iter().map(|(name, _)| name))
        )
    }
}

/// `{what} {how many}: {names}`, or `{what} 0`.
pub fn counted<'a>(what: &str, names: impl Iterator<Item = &'a String>) -> String {
    let names: Vec<&str> = names.map(String::as_str).collect();
    match names.len() {
        0 => format!("{what} 0"),
        count => format!("{what} {count}: {}", names.join(", ")),
    }
}
