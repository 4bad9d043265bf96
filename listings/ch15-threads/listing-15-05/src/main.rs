use std::sync::mpsc;
use std::thread;
use std::time::Duration;

fn main() {
    // A channel (Chapter 16) lets the worker tell main that it has started.
    let (started, has_started) = mpsc::channel();

    // Spawned, but never joined.
    thread::spawn(move || {
        for step in 1..=5 {
            println!("worker: step {step} of 5");
            if step == 1 {
                started.send(()).unwrap();
            }
            thread::sleep(Duration::from_secs(1));
        }
        println!("worker: done");
    });

    has_started.recv().unwrap();
    println!("main: returning without join");
    // `main` returns here: the process exits, and the worker thread ends with it.
}
