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

/// asyncio.wait_for(task, timeout), for a task of any output type: it takes the handle, so
/// it is the one that must cancel the task when the time is up.
pub async fn wait_for<T>(mut task: JoinHandle<T>, limit: Duration) -> Result<T, Elapsed> {
    match timeout(limit, &mut task).await {
        Ok(result) => Ok(result.expect("the task panicked")),
        Err(elapsed) => {
            task.abort();
            // `abort` only asks; awaiting the handle waits until the task is gone.
            let _ = task.await;
            Err(elapsed)
        }
    }
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
