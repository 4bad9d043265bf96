use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{Instant, sleep};

pub async fn call_api(name: &'static str, delay: Duration) -> &'static str {
    println!("{name} - step 1");
    sleep(delay).await;
    println!("{name} - step 2");
    name
}

/// Makes the calls as tasks in a `JoinSet` and takes their results as they come. Returns each
/// call's name with the time at which main learned that it had completed.
pub async fn call_apis(calls: &[(&'static str, Duration)]) -> Vec<(&'static str, Duration)> {
    let start = Instant::now();
    let mut tasks = JoinSet::new();
    for &(name, delay) in calls {
        tasks.spawn(call_api(name, delay));
    }
    let mut completed = Vec::new();
    while let Some(result) = tasks.join_next().await {
        let name = result.unwrap();
        println!("{name} completed");
        completed.push((name, start.elapsed()));
    }
    completed
}

#[tokio::main]
async fn main() {
    // Calls of 0.06 s, 0.02 s and 0.04 s: B ends first, A last.
    let ms = Duration::from_millis;
    call_apis(&[("A", ms(60)), ("B", ms(20)), ("C", ms(40))]).await;
}
