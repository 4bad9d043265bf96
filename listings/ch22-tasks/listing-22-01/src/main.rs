use std::thread;
use std::time::Duration;
use tokio::time::sleep;

// The course sleeps 1 s; a tenth of that keeps the run short.
pub const PAUSE: Duration = Duration::from_millis(100);

pub async fn say_hello(name: &str, pause: Duration) {
    let thread = thread::current();
    println!("{name}: Hello, on thread {}", thread.name().unwrap_or("?"));
    sleep(pause).await;
    println!("{name}: World");
}

#[tokio::main]
async fn main() {
    // Like gather: both futures run inside main's own task, on main's thread.
    tokio::join!(say_hello("A", PAUSE), say_hello("B", PAUSE));

    // Like create_task: each future becomes a task of its own. It starts at once, on one of
    // the runtime's worker threads, whether or not anyone awaits it yet.
    let task1 = tokio::spawn(say_hello("C", PAUSE));
    let task2 = tokio::spawn(say_hello("D", PAUSE));
    sleep(PAUSE / 2).await;
    println!("main: awaiting the tasks");
    task1.await.unwrap();
    task2.await.unwrap();
}
