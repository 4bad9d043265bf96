use std::collections::HashMap;
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

/// Makes the calls as tasks in a `JoinSet` and reports each one as it ends, panics included.
/// Returns the reports with the time at which main made them.
pub async fn call_apis(calls: &[(&'static str, Duration, bool)]) -> Vec<(String, Duration)> {
    let start = Instant::now();
    let mut tasks = JoinSet::new();
    // A JoinError knows the id of its task, not our name for the call.
    let mut names = HashMap::new();
    for &(name, delay, broken) in calls {
        let task = tasks.spawn(call_api(name, delay, broken));
        names.insert(task.id(), name);
    }
    let mut reports = Vec::new();
    while let Some(result) = tasks.join_next().await {
        let report = match result {
            Ok(name) => format!("{name} completed"),
            Err(error) if error.is_panic() => {
                let name = names[&error.id()];
                let payload = error.into_panic();
                let message = payload.downcast_ref::<&str>().unwrap_or(&"(not a string)");
                format!("{name} panicked: {message}")
            }
            Err(error) => format!("{} failed: {error}", names[&error.id()]),
        };
        println!("{report}");
        reports.push((report, start.elapsed()));
    }
    reports
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
