use std::env;
use std::fs;

use anyhow::{anyhow, bail};
use image_server::ImageServer;
use listing_18_02::ThreadPool;
use listing_18_04::download;

fn main() -> anyhow::Result<()> {
    if env::args().len() > 1 {
        bail!("usage: listing-18-04 (it takes no arguments)");
    }
    // The files go to a directory of their own in the system's temporary directory.
    let dir = env::temp_dir().join("listing-18-04");
    fs::create_dir_all(&dir).map_err(|e| anyhow!("{}: {e}", dir.display()))?;
    // Four small pictures, served on 127.0.0.1 by a thread of this program: no network needed.
    let server = ImageServer::start()?;

    // `executor.map(download_img, urls)`: four downloads at the same time, results in order.
    let pool = ThreadPool::new(4);
    for message in pool.map(move |url: String| download(&url, &dir), server.urls()) {
        // The outer `?` is a task that panicked, the inner one a download that failed.
        println!("{}", message??);
    }
    Ok(())
}
