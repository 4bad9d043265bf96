use std::cell::Cell;
use std::future::Future;
use std::time::Duration;
use tokio::time::error::Elapsed;
use tokio::time::{sleep, timeout};

/// A made-up API that is slow at first: its n-th call answers after the n-th of `delays`
/// (the last one repeats).
pub struct FlakyApi {
    delays: Vec<Duration>,
    calls: Cell<usize>,
}

impl FlakyApi {
    pub fn new(delays: Vec<Duration>) -> FlakyApi {
        assert!(!delays.is_empty(), "no delays given");
        FlakyApi {
            delays,
            calls: Cell::new(0),
        }
    }

    pub async fn call(&self) -> String {
        let n = self.calls.get() + 1;
        self.calls.set(n);
        println!("call {n}");
        sleep(self.delays[(n - 1).min(self.delays.len() - 1)]).await;
        format!("answer {n}")
    }

    /// How many calls have been made.
    pub fn calls(&self) -> usize {
        self.calls.get()
    }
}

/// Runs a fresh future from `make` up to `attempts` times (at least once), each with its own
/// `limit`, until one of them finishes in time. A future that runs out of time is dropped by
/// `timeout`, which cancels it; it cannot be awaited again, hence `make`.
pub async fn retry<T, F, Fut>(attempts: u32, limit: Duration, mut make: F) -> Result<T, Elapsed>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = T>,
{
    let mut attempt = 1;
    loop {
        match timeout(limit, make()).await {
            Ok(value) => return Ok(value),
            Err(elapsed) => {
                println!("attempt {attempt} timed out");
                if attempt >= attempts {
                    return Err(elapsed);
                }
                attempt += 1;
            }
        }
    }
}

#[tokio::main]
async fn main() {
    // The first call would take 10 s, the next ones 0.01 s; we wait 0.02 s for an answer.
    let api = FlakyApi::new(vec![Duration::from_secs(10), Duration::from_millis(10)]);
    match retry(3, Duration::from_millis(20), || api.call()).await {
        Ok(answer) => println!("{answer}"),
        Err(_) => println!("no answer in 3 attempts"),
    }
}
