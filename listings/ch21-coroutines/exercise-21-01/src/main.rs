use std::time::Duration;
use tokio::time::{Instant, sleep};

// The course sleeps 1 s; 50 ms keeps the run short.
pub const PAUSE: Duration = Duration::from_millis(50);

pub async fn say_hello(pause: Duration) {
    println!("Hello");
    sleep(pause).await;
    println!("World");
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    tokio::join!(say_hello(PAUSE), say_hello(PAUSE));
    let took = start.elapsed().as_secs_f64();
    println!("took {took:.2} s");
}
