use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{Instant, sleep};

/// Calls an API that answers after `delay`; a broken one panics instead of answering.
pub async fn call_api(name: &'static str, delay: Duration, broken: bool) -> &'static str {
    println!("{name} - step 1");
    sleep(delay).await;
    if broken {
        panic!("connection reset");
    }
    println!("{name} - step 2");
    name
}

/// Makes the calls as tasks in a `JoinSet` and takes their results as they come. Returns each
/// call's name with the time at which main learned that it had completed.
pub async fn call_apis(calls: &[(&'static str, Duration, bool)]) -> Vec<(&'static str, Duration)> {
    let start = Instant::now();
    let mut tasks = JoinSet::new();
    for &(name, delay, broken) in calls {
        tasks.spawn(call_api(name, delay, broken));
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
    // Calls of 0.06 s, 0.02 s and 0.04 s; B's API is broken.
    let ms = Duration::from_millis;
    let calls = [
        ("A", ms(60), false),
        ("B", ms(20), true),
        ("C", ms(40), false),
    ];
    call_apis(&calls).await;
}
