use std::time::Duration;
use tokio::time::{Instant, sleep};

pub async fn call_api(name: &str, delay: Duration) {
    println!("{name} - step 1");
    sleep(delay).await;
    println!("{name} - step 2");
}

/// The lesson's program: two API calls as tasks, awaited one after the other.
pub async fn call_apis(delay_a: Duration, delay_b: Duration) {
    let task1 = tokio::spawn(call_api("A", delay_a));
    let task2 = tokio::spawn(call_api("B", delay_b));
    task1.await.unwrap();
    println!("task 1 completed");
    task2.await.unwrap();
    println!("task 2 completed");
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    // The course waits 2 s and 5 s; tenths of that keep the run short.
    call_apis(Duration::from_millis(200), Duration::from_millis(500)).await;
    let spent = start.elapsed().as_secs_f64();
    println!("spent {spent:.1} s");
}
