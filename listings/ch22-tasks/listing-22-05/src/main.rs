use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::time::sleep;

/// A request to the counter, carrying the sender on which its answer goes back.
struct Add {
    amount: u64,
    reply: oneshot::Sender<u64>,
}

/// The actor: a task that owns the total and serves its requests one at a time.
async fn counter(mut requests: mpsc::Receiver<Add>) {
    let mut total = 0;
    while let Some(Add { amount, reply }) = requests.recv().await {
        sleep(Duration::from_millis(10)).await; // the work a request takes
        total += amount;
        let _ = reply.send(total); // an asker that has gone away is no error here
    }
}

/// Asks the counter to add `amount`, and waits for the total it answers.
async fn add(counter: &mpsc::Sender<Add>, amount: u64) -> u64 {
    let (reply, answer) = oneshot::channel();
    counter.send(Add { amount, reply }).await.unwrap();
    answer.await.unwrap()
}

#[tokio::main]
async fn main() {
    let (requests, inbox) = mpsc::channel(8);
    let actor = tokio::spawn(counter(inbox));
    let mut clients = Vec::new();
    for (name, amount) in [("A", 1), ("B", 2), ("C", 3)] {
        let requests = requests.clone();
        clients.push(tokio::spawn(async move {
            let total = add(&requests, amount).await;
            println!("{name} added {amount}: total {total}");
        }));
    }
    drop(requests); // the clients hold the other senders
    for client in clients {
        client.await.unwrap();
    }
    actor.await.unwrap(); // ends when the last sender is gone
    println!("counter stopped");
}
