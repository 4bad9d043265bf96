use std::error::Error;
use std::fmt;
use std::time::Duration;
use tokio::task::JoinHandle;
use tokio::time::sleep;

#[derive(Debug)]
pub struct ApiError(String);

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error for ApiError {}

/// Plays a song. It cannot fail, but returns a `Result` so that it can go into `try_join!`
/// beside `call_api`.
pub async fn play_music(music: &str, length: Duration) -> Result<String, ApiError> {
    println!("Start playing {music}");
    sleep(length).await;
    println!("Finished playing {music}");
    Ok(music.to_owned())
}

pub async fn call_api() -> Result<String, ApiError> {
    println!("calling api.....");
    Err(ApiError(String::from("Error calling")))
}

/// The first error ends `try_join!`, which drops the other futures: the song stops.
pub async fn gather_futures(length: Duration) -> Result<(String, String), ApiError> {
    tokio::try_join!(play_music("A", length), call_api())
}

/// Python's gather: the first error comes back, but the other tasks keep running.
pub async fn gather_tasks(length: Duration) -> Result<(String, String), ApiError> {
    let song = tokio::spawn(play_music("B", length));
    let api = tokio::spawn(call_api());
    tokio::try_join!(flatten(song), flatten(api))
}

/// A task's own result; a panic in the task is passed on.
async fn flatten<T>(task: JoinHandle<Result<T, ApiError>>) -> Result<T, ApiError> {
    task.await.expect("the task panicked")
}

#[tokio::main]
async fn main() {
    // A short song: 0.1 s.
    let length = Duration::from_millis(100);
    if let Err(error) = gather_futures(length).await {
        println!("futures: {error}");
    }
    if let Err(error) = gather_tasks(length).await {
        println!("tasks: {error}");
    }
    // Wait longer than the song: whatever still plays, finishes now.
    sleep(length + Duration::from_millis(100)).await;
    println!("main ends");
}
