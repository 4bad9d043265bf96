use futures::future::join_all;
use std::time::Duration;
use tokio::time::{Instant, sleep};

// The course sleeps 1 s; 50 ms keeps the run short.
pub const PAUSE: Duration = Duration::from_millis(50);

pub async fn say_hello(pause: Duration) {
    println!("Hello");
    sleep(pause).await;
    println!("World");
}

/// `n` greetings at once, for an `n` known only at run time: one pause in all.
pub async fn say_hello_n(n: usize, pause: Duration) {
    join_all((0..n).map(|_| say_hello(pause))).await;
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    say_hello_n(3, PAUSE).await;
    let took = start.elapsed().as_secs_f64();
    println!("took {took:.2} s");
}
