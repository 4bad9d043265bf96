use rayon::prelude::*;
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::time::sleep;

pub const TICK: Duration = Duration::from_millis(10);

/// CPU-bound: how many primes there are below `limit`, counted in parallel by rayon.
pub fn count_primes(limit: u64) -> usize {
    (2..limit)
        .into_par_iter()
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

/// The computation runs on rayon's pool; its result comes back through a oneshot channel.
pub async fn report(limit: u64) -> usize {
    let (sender, receiver) = oneshot::channel();
    rayon::spawn(move || {
        let _ = sender.send(count_primes(limit));
    });
    let count = receiver.await.unwrap();
    println!("{count} primes below {limit}");
    count
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    tokio::join!(heartbeat(5), report(100_000));
}
