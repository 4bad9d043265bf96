use std::io;
use std::time::Duration;
use tokio::runtime::{Builder, Runtime};
use tokio::time::sleep;

/// An async function, as an async library offers it.
async fn fetch(id: u32) -> String {
    sleep(Duration::from_millis(10)).await; // stands for a network round trip
    format!("item {id}")
}

/// A blocking interface to the async code, for a program that is not async.
pub struct BlockingClient {
    runtime: Runtime,
}

impl BlockingClient {
    pub fn new() -> io::Result<Self> {
        // One thread, the caller's; `enable_all` turns on the timers (and I/O).
        let runtime = Builder::new_current_thread().enable_all().build()?;
        Ok(Self { runtime })
    }

    /// Blocks the calling thread until the async `fetch` is done.
    pub fn fetch(&self, id: u32) -> String {
        self.runtime.block_on(fetch(id))
    }
}

fn main() -> io::Result<()> {
    let client = BlockingClient::new()?;
    for id in 1..=3 {
        println!("{}", client.fetch(id));
    }
    Ok(())
}
