use std::cell::Cell;
use std::time::Duration;
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

#[tokio::main]
async fn main() {
    // The first call would take 10 s, the next ones 0.01 s; we wait 0.02 s for an answer.
    let api = FlakyApi::new(vec![Duration::from_secs(10), Duration::from_millis(10)]);
    match timeout(Duration::from_millis(20), api.call()).await {
        Ok(answer) => println!("{answer}"),
        Err(_) => println!("no answer in time"),
    }
}
