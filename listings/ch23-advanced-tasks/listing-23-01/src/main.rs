use std::time::Duration;
use tokio::task::JoinError;
use tokio::time::sleep;

pub async fn play_music(music: &str, length: Duration) -> String {
    println!("Start playing {music}");
    sleep(length).await;
    println!("Finished playing {music}");
    music.to_owned()
}

/// Plays a song as a task, and cancels the task if it is still playing after `wait`.
pub async fn my_cancel(length: Duration, wait: Duration) -> Result<String, JoinError> {
    let task = tokio::spawn(play_music("A", length));
    sleep(wait).await;
    if !task.is_finished() {
        task.abort();
    }
    task.await
}

#[tokio::main]
async fn main() {
    // The course plays a 5 s song and cancels it after 3 s; tenths keep the run short.
    let length = Duration::from_millis(500);
    let wait = Duration::from_millis(300);
    match my_cancel(length, wait).await {
        Ok(music) => println!("{music} played to the end"),
        Err(error) if error.is_cancelled() => println!("the task was cancelled"),
        Err(error) => println!("the task failed: {error}"),
    }
}
