//! Listing 24-3: each body written to a temporary file beside its final one, which takes the
//! final name only once it is complete.

use std::path::{Path, PathBuf};

use anyhow::Result;
use listing_24_01::{Report, file_name, get, run_bounded, write_body};
use listing_24_02::{Policy, retry};
use reqwest::Client;
use tempfile::NamedTempFile;
use tokio::fs::File;

// ANCHOR: atomic
/// Downloads `url` into the file `path` whole or not at all: the body goes to a temporary file
/// in the same directory (so that a rename can move it), which is renamed to `path` once it is
/// complete. Returns its size.
pub async fn download_atomically(client: &Client, url: &str, path: &Path) -> Result<u64> {
    let response = get(client, url).await?;
    let dir = path.parent().expect("a file in a directory");
    // A new file with a name of its own, removed when `temp` is dropped, whatever drops it: a
    // body cut short, any `?` below, or the timeout or cancellation that drops this whole
    // future half-way. Removal on drop is exactly what cancellation needs.
    let temp = NamedTempFile::new_in(dir)?;
    let size = write_body(response, File::from_std(temp.as_file().try_clone()?)).await?;
    temp.persist(path)?; // the rename: only now is there a file called `path`, and it is whole
    Ok(size)
}
// ANCHOR_END: atomic

/// Downloads `url` into `out_dir` with retries, whole or not at all: one download's task.
pub async fn download_with_retries(
    client: Client,
    url: String,
    out_dir: PathBuf,
    policy: Policy,
) -> Result<u64> {
    let (name, path) = (file_name(&url), out_dir.join(file_name(&url)));
    retry(policy, name, || download_atomically(&client, &url, &path)).await
}

/// Downloads every URL into `out_dir`, at most `jobs` at once, each with retries, each file
/// whole or not at all.
pub async fn download_all(urls: &[String], out_dir: &Path, jobs: usize, policy: Policy) -> Report {
    let client = Client::new();
    run_bounded(urls, jobs, |url| {
        download_with_retries(client.clone(), url, out_dir.to_owned(), policy)
    })
    .await
}
