//! Listing 18-4's download: the lesson's `download_img`, on the blocking HTTP client `ureq`.

use std::fs;
use std::path::Path;

use anyhow::{Result, anyhow, ensure};

/// Downloads `url` into `dir`, to a file named after the URL's last segment, and says what it
/// wrote. An HTTP error, an empty body or a failed write is an error.
pub fn download(url: &str, dir: &Path) -> Result<String> {
    let body = ureq::get(url)
        .call()
        .and_then(|mut response| response.body_mut().read_to_vec())
        .map_err(|e| anyhow!("{url}: {e}"))?;
    ensure!(!body.is_empty(), "{url}: the server sent an empty body");
    let name = url.rsplit('/').next().unwrap_or_default();
    let path = dir.join(name);
    fs::write(&path, &body).map_err(|e| anyhow!("{}: {e}", path.display()))?;
    Ok(format!("downloaded {name} ({} bytes)", body.len()))
}
