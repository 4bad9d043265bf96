use std::time::Duration;
use tokio::task;
use tokio::time::sleep;

pub const TICK: Duration = Duration::from_millis(10);

/// CPU-bound: how many primes there are below `limit`, by trial division.
pub fn count_primes(limit: u64) -> usize {
    (2..limit)
        .filter(|&n| (2..).take_while(|d| d * d <= n).all(|d| n % d != 0))
        .count()
}

/// Prints a tick every `TICK`, `count` times: it can tick only while the runtime is free.
pub async fn heartbeat(count: u32) {
    for n in 1..=count {
        sleep(TICK).await;
        println!("tick {n}");
    }
}

/// The computation runs on the blocking thread pool; this future only waits for it.
pub async fn report(limit: u64) -> usize {
    let count = task::spawn_blocking(move || count_primes(limit))
        .await
        .unwrap();
    println!("{count} primes below {limit}");
    count
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    tokio::join!(heartbeat(5), report(100_000));
}
