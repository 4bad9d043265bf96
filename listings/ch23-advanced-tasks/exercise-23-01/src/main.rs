use std::time::Duration;
use tokio::task::JoinHandle;
use tokio::time::error::Elapsed;
use tokio::time::{sleep, timeout};

pub async fn play_music(music: &str, length: Duration) -> String {
    println!("Start playing {music}");
    sleep(length).await;
    println!("Finished playing {music}");
    music.to_owned()
}

/// Meant as asyncio.wait_for(task, timeout), but it is not: when the time is up, `timeout`
/// drops the handle it was given, and dropping a handle does not stop the task.
pub async fn wait_for(task: JoinHandle<String>, limit: Duration) -> Result<String, Elapsed> {
    let result = timeout(limit, task).await?;
    Ok(result.expect("the task panicked"))
}

#[tokio::main]
async fn main() {
    // A 0.06 s song and a 0.02 s limit.
    let task = tokio::spawn(play_music("B", Duration::from_millis(60)));
    match wait_for(task, Duration::from_millis(20)).await {
        Ok(music) => println!("{music} finished in time"),
        Err(_) => println!("timeout"),
    }
    // main carries on with other work for a while...
    sleep(Duration::from_millis(80)).await;
    println!("main ends");
}
