use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::sleep;

/// Stands for a connection that carries one request at a time: each reply comes back later.
struct Connection {
    requests: u32,
}

impl Connection {
    async fn request(&mut self, name: &str) {
        self.requests += 1;
        println!("{name}: request {} sent", self.requests);
        sleep(Duration::from_millis(10)).await; // waiting for the reply
        println!("{name}: reply {} received", self.requests);
    }
}

#[tokio::main]
async fn main() {
    let connection = Arc::new(Mutex::new(Connection { requests: 0 }));
    let mut tasks = Vec::new();
    for name in ["A", "B"] {
        let connection = Arc::clone(&connection);
        tasks.push(tokio::spawn(async move {
            // tokio's guard may live across an `.await`: here, the whole request.
            let mut connection = connection.lock().await;
            connection.request(name).await;
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
}
