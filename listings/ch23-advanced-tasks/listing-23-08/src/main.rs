use std::time::Duration;
use tokio::sync::oneshot;
use tokio::time::sleep;

pub async fn play_music(music: &str, length: Duration) -> String {
    println!("Start playing {music}");
    sleep(length).await;
    println!("Finished playing {music}");
    music.to_owned()
}

/// Plays a song until it ends, the time is up, or shutdown is asked for: whichever comes
/// first. The branches that lose are dropped.
pub async fn play_within(
    music: &str,
    length: Duration,
    limit: Duration,
    shutdown: &mut oneshot::Receiver<()>,
) {
    tokio::select! {
        music = play_music(music, length) => println!("{music} finished in time"),
        () = sleep(limit) => println!("{music}: timeout"),
        _ = shutdown, if !shutdown.is_terminated() => println!("{music}: shutdown"),
    }
}

#[tokio::main]
async fn main() {
    let ms = Duration::from_millis;
    let (stop, mut shutdown) = oneshot::channel();
    tokio::spawn(async move {
        sleep(ms(45)).await;
        let _ = stop.send(());
    });
    play_within("A", ms(10), ms(20), &mut shutdown).await;
    play_within("B", ms(30), ms(20), &mut shutdown).await;
    play_within("C", ms(50), ms(100), &mut shutdown).await;
}
