use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Semaphore;
use tokio::time::{Instant, sleep};

/// A download, simulated: it waits as long as a real one might, and downloads nothing.
async fn download(name: &str, time: Duration) {
    println!("{name}: started");
    sleep(time).await;
    println!("{name}: done");
}

#[tokio::main]
async fn main() {
    let start = Instant::now();
    let ms = Duration::from_millis;
    let files = [
        ("red.ppm", ms(20)),
        ("green.ppm", ms(10)),
        ("blue.ppm", ms(30)),
        ("white.ppm", ms(10)),
    ];
    let semaphore = Arc::new(Semaphore::new(2)); // two permits: two downloads at a time
    let mut tasks = Vec::new();
    for (name, time) in files {
        // Waits while both permits are out; an owned permit can move into the task.
        let permit = semaphore.clone().acquire_owned().await.unwrap();
        tasks.push(tokio::spawn(async move {
            download(name, time).await;
            drop(permit); // gives the permit back: the next download may start
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let took = start.elapsed().as_secs_f64();
    println!("took {took:.2} s");
}
