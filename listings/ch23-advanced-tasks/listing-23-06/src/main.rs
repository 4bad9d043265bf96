use std::error::Error;
use std::fmt;
use std::time::Duration;
use tokio::time::sleep;

#[derive(Debug)]
pub struct ApiError(String);

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Error for ApiError {}

pub async fn play_music(music: &str, length: Duration) -> String {
    println!("Start playing {music}");
    sleep(length).await;
    println!("Finished playing {music}");
    music.to_owned()
}

pub async fn call_api() -> Result<String, ApiError> {
    println!("calling api.....");
    Err(ApiError(String::from("Error calling")))
}

/// gather(play_music("A"), play_music("B"), call_api(), return_exceptions=True):
/// every result in its place, the error a value among them.
pub async fn my_gather_with_exception(
    length: Duration,
) -> (String, String, Result<String, ApiError>) {
    tokio::join!(play_music("A", length), play_music("B", length), call_api())
}

#[tokio::main]
async fn main() {
    // Short songs: only the results matter here.
    let results = my_gather_with_exception(Duration::from_millis(100)).await;
    println!("{results:?}");
}
