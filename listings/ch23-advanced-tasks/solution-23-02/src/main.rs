use std::time::Duration;
use tokio::task::JoinSet;
use tokio::time::{sleep, timeout};

pub async fn play_music(music: &'static str, length: Duration) -> &'static str {
    println!("Start playing {music}");
    sleep(length).await;
    println!("Finished playing {music}");
    music
}

/// Plays the songs at once, as tasks in a `JoinSet`, for at most `limit` in all; returns the
/// songs that finished, in the order they finished. The others are cancelled.
pub async fn play_all_within(
    songs: &[(&'static str, Duration)],
    limit: Duration,
) -> Vec<&'static str> {
    let mut tasks = JoinSet::new();
    for &(music, length) in songs {
        tasks.spawn(play_music(music, length));
    }
    let mut finished = Vec::new();
    // One limit for the whole set: the timeout is around the loop, not each `join_next`.
    let collect = async {
        while let Some(result) = tasks.join_next().await {
            finished.push(result.expect("the task panicked"));
        }
    };
    if timeout(limit, collect).await.is_err() {
        println!("time is up: cancelling the {} left", tasks.len());
        // Abort every task still in the set, and wait until they are gone.
        tasks.shutdown().await;
    }
    finished
}

#[tokio::main]
async fn main() {
    // Songs of 0.09 s, 0.01 s and 0.03 s, and 0.06 s for them all.
    let ms = Duration::from_millis;
    let songs = [("A", ms(90)), ("B", ms(10)), ("C", ms(30))];
    let finished = play_all_within(&songs, ms(60)).await;
    println!("finished: {finished:?}");
}
