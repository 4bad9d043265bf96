use std::io;
use std::process::ExitStatus;
use std::time::Duration;
use tokio::process::Command;
use tokio::time::timeout;

/// Runs `sleep 10` and waits for it to exit. Dropped before that, it kills the child.
pub async fn run_sleep() -> io::Result<ExitStatus> {
    let mut child = Command::new("sleep").arg("10").kill_on_drop(true).spawn()?;
    println!("child started");
    child.wait().await
}

#[tokio::main]
async fn main() {
    match timeout(Duration::from_millis(20), run_sleep()).await {
        Ok(status) => println!("child exited: {status:?}"),
        Err(_) => println!("timeout: the child's handle is dropped, and the child killed"),
    }
}
