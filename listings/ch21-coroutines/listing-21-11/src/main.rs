use std::sync::mpsc;
use std::time::Duration;
use tokio::task;
use tokio::time::sleep;

/// Synchronous code that blocks its thread until `n` ticks have arrived.
fn wait_for_ticks(ticks: &mpsc::Receiver<u32>, n: usize) -> Vec<u32> {
    ticks.iter().take(n).collect()
}

// One worker thread runs both tasks.
#[tokio::main(flavor = "multi_thread", worker_threads = 1)]
async fn main() {
    let (sender, receiver) = mpsc::channel();
    let ticker = tokio::spawn(async move {
        for n in 1..=3 {
            sleep(Duration::from_millis(10)).await;
            println!("tick {n}");
            sender.send(n).unwrap();
        }
    });
    let waiter = tokio::spawn(async move {
        // The worker's other tasks move to another thread before this one blocks.
        let ticks = task::block_in_place(|| wait_for_ticks(&receiver, 3));
        println!("the blocking call got {ticks:?}");
    });
    ticker.await.unwrap();
    waiter.await.unwrap();
}
