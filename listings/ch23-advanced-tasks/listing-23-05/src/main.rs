use futures::future::join_all;
use std::time::Duration;
use tokio::time::sleep;

pub async fn play_music(music: &str, length: Duration) -> String {
    println!("Start playing {music}");
    sleep(length).await;
    println!("Finished playing {music}");
    music.to_owned()
}

/// gather(play_music("A"), play_music("B")): both at once, the results in argument order.
pub async fn my_gather(length_a: Duration, length_b: Duration) -> (String, String) {
    tokio::join!(play_music("A", length_a), play_music("B", length_b))
}

/// gather(*songs): any number of futures, known only at run time; results in input order.
pub async fn play_all(songs: &[(&str, Duration)]) -> Vec<String> {
    let playing = songs.iter().map(|&(music, len)| play_music(music, len));
    join_all(playing).await
}

#[tokio::main]
async fn main() {
    // Short songs, and A is the longer one: B finishes first.
    let length_a = Duration::from_millis(200);
    let length_b = Duration::from_millis(100);

    let results = my_gather(length_a, length_b).await;
    println!("{results:?}");

    let songs = vec![("A", length_a), ("B", length_b)];
    let results = play_all(&songs).await;
    println!("{results:?}");
}
