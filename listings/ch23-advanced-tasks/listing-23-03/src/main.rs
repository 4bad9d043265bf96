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

/// asyncio.wait_for(task, timeout): the caller keeps the handle, and on timeout the task
/// is cancelled.
pub async fn wait_for(task: &mut JoinHandle<String>, limit: Duration) -> Result<String, Elapsed> {
    match timeout(limit, &mut *task).await {
        Ok(result) => Ok(result.expect("the task panicked")),
        Err(elapsed) => {
            task.abort();
            Err(elapsed)
        }
    }
}

#[tokio::main]
async fn main() {
    // The course's 5 s song and 2 s limit, in tenths.
    let length = Duration::from_millis(500);
    let limit = Duration::from_millis(200);

    let mut task = tokio::spawn(play_music("B", length));
    match wait_for(&mut task, limit).await {
        Ok(music) => println!("{music} finished in time"),
        Err(_) => println!("timeout"),
    }
    // The handle is still ours: awaiting it now shows how the task ended.
    let cancelled = task.await.is_err_and(|error| error.is_cancelled());
    println!("B cancelled: {cancelled}");

    // No task at all: `timeout` owns the future, and drops it when the time is up.
    match timeout(limit, play_music("C", length)).await {
        Ok(music) => println!("{music} finished in time"),
        Err(_) => println!("timeout"),
    }
}
