use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::sleep;

pub async fn play_music(music: &'static str, length: Duration) -> &'static str {
    println!("Start playing {music}");
    sleep(length).await;
    println!("Finished playing {music}");
    music
}

/// Plays the songs at once, as tasks in a `JoinSet`; returns them in the order they finish.
pub async fn play_all(songs: &[(&'static str, Duration)]) -> Vec<&'static str> {
    let mut tasks = JoinSet::new();
    for &(music, length) in songs {
        tasks.spawn(play_music(music, length));
    }
    let mut finished = Vec::new();
    while let Some(result) = tasks.join_next().await {
        finished.push(result.expect("the task panicked"));
    }
    finished
}

#[tokio::main]
async fn main() {
    // Songs of 0.09 s, 0.01 s and 0.03 s.
    let ms = Duration::from_millis;
    let finished = play_all(&[("A", ms(90)), ("B", ms(10)), ("C", ms(30))]).await;
    println!("finished: {finished:?}");
}
