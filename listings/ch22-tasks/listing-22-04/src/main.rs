use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::sleep;

#[tokio::main]
async fn main() {
    // Room for two messages: a `send` into a full channel waits until the consumer takes one.
    let (sender, mut receiver) = mpsc::channel(2);
    let producer = tokio::spawn(async move {
        for n in 1..=5 {
            sender.send(n).await.unwrap();
            println!("sent {n}");
        }
        // `sender` is dropped here: once the consumer has taken the rest, `recv` gives `None`.
    });
    // The consumer is slow: each message takes it 10 ms.
    while let Some(n) = receiver.recv().await {
        sleep(Duration::from_millis(10)).await;
        println!("processed {n}");
    }
    producer.await.unwrap();
}
