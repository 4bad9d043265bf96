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
    // The course's 5 s song and 2 s limit, in tenths.
    let task = tokio::spawn(play_music("B", Duration::from_millis(500)));
    match wait_for(task, Duration::from_millis(200)).await {
        Ok(music) => println!("{music} finished in time"),
        Err(_) => println!("timeout"),
    }
    // main carries on with other work for a while...
    sleep(Duration::from_millis(400)).await;
    println!("main ends");
}
