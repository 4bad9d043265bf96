use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    // The counter lives inside the mutex: lock() is the only way to reach it.
    let counter = Arc::new(Mutex::new(0));

    let mut handles = Vec::new();
    for _ in 0..4 {
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            for _ in 0..1000 {
                *counter.lock().unwrap() += 1; // locked, changed, unlocked
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }

    println!("counter = {}", *counter.lock().unwrap());
}
