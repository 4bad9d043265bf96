use std::time::Duration;
use tokio::time::{sleep, timeout};

pub async fn play_music(music: &str, length: Duration) -> String {
    println!("Start playing {music}");
    sleep(length).await;
    println!("Finished playing {music}");
    music.to_owned()
}

/// asyncio.wait_for(asyncio.shield(task), timeout), then `await task`: the wait times out,
/// the task plays on, and the same handle is awaited again.
pub async fn my_timeout(length: Duration, limit: Duration) -> String {
    let mut task = tokio::spawn(play_music("B", length));
    match timeout(limit, &mut task).await {
        Ok(result) => result.expect("the task panicked"),
        Err(_) => {
            println!("timeout");
            task.await.expect("the task panicked")
        }
    }
}

#[tokio::main]
async fn main() {
    // The course's 5 s song and 2 s limit, in tenths.
    let music = my_timeout(Duration::from_millis(500), Duration::from_millis(200)).await;
    println!("result: {music}");
}
