use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::time::sleep;

async fn visit(name: &str, visits: Arc<Mutex<u32>>) {
    let count = {
        let mut count = visits.lock().unwrap();
        *count += 1;
        *count
    }; // the guard is dropped here, before any `.await`
    println!("{name}: visit {count}");
    sleep(Duration::from_millis(10)).await;
    println!("{name}: done");
}

#[tokio::main]
async fn main() {
    let visits = Arc::new(Mutex::new(0));
    let mut tasks = Vec::new();
    for name in ["A", "B"] {
        tasks.push(tokio::spawn(visit(name, Arc::clone(&visits))));
    }
    for task in tasks {
        task.await.unwrap();
    }
    println!("{} visits", visits.lock().unwrap());
}
