use std::thread;
use std::time::Duration;
use tokio::task;
use tokio::time::Instant;

pub const PAUSE: Duration = Duration::from_millis(100);

// Wrong: `thread::sleep` blocks the thread, and on this runtime the thread is the runtime.
async fn say_hello_blocking(pause: Duration) {
    println!("Hello");
    thread::sleep(pause);
    println!("World");
}

// When a call must block, hand it to tokio's blocking thread pool and await the result.
async fn say_hello_off_thread(pause: Duration) {
    println!("Hello");
    task::spawn_blocking(move || thread::sleep(pause))
        .await
        .unwrap();
    println!("World");
}

// One thread runs everything, like asyncio's event loop.
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let start = Instant::now();
    tokio::join!(say_hello_blocking(PAUSE), say_hello_blocking(PAUSE));
    let took = start.elapsed().as_secs_f64();
    println!("thread::sleep: took {took:.1} s");

    let start = Instant::now();
    tokio::join!(say_hello_off_thread(PAUSE), say_hello_off_thread(PAUSE));
    let took = start.elapsed().as_secs_f64();
    println!("spawn_blocking: took {took:.1} s");
}
