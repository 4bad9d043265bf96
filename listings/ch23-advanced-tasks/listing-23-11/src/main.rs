use futures::FutureExt;
use std::pin::pin;
use std::time::Duration;
use tokio::signal;
use tokio::time::sleep;
use tokio_util::sync::CancellationToken;

/// Does job after job until the token is cancelled; then cleans up and reports.
pub async fn worker(id: u32, token: CancellationToken) -> String {
    loop {
        tokio::select! {
            () = token.cancelled() => break,
            () = sleep(Duration::from_millis(100)) => {} // one job done; on to the next
        }
    }
    sleep(Duration::from_millis(50)).await; // cleaning up: flushing, closing connections
    format!("worker {id} cleaned up and stopped")
}

/// Starts three workers, then waits for each to stop and prints its report.
pub async fn run_workers(token: CancellationToken) {
    let workers: Vec<_> = (1..=3)
        .map(|id| tokio::spawn(worker(id, token.clone())))
        .collect();
    for worker in workers {
        println!("{}", worker.await.expect("a worker panicked"));
    }
}

#[tokio::main]
async fn main() {
    let token = CancellationToken::new();
    let workers = tokio::spawn(run_workers(token.clone()));

    // `ctrl_c` installs its handler when it is first polled: poll it once before saying so.
    let mut ctrl_c = pin!(signal::ctrl_c());
    if let Some(Err(error)) = ctrl_c.as_mut().now_or_never() {
        panic!("cannot listen for Ctrl-C: {error}");
    }
    println!("ready: press Ctrl-C to stop");
    ctrl_c.await.expect("listening for Ctrl-C");

    println!("shutting down");
    token.cancel();
    workers.await.expect("a worker panicked");
    println!("clean exit");
}
