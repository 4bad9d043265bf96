use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let balance = Arc::new(Mutex::new(100));

    let worker = {
        let balance = Arc::clone(&balance);
        thread::spawn(move || {
            let mut guard = balance.lock().unwrap();
            *guard -= 30;
            // Crashes before finishing its change: the guard is dropped while unwinding.
            panic!("crashed halfway through a transfer");
        })
    };
    if worker.join().is_err() {
        println!("the worker panicked while holding the lock");
    }

    match balance.lock() {
        Ok(guard) => println!("balance = {}", *guard),
        Err(poisoned) => {
            println!("lock() says: poisoned");
            // The data is still there; whether it makes sense is for us to decide.
            let guard = poisoned.into_inner();
            println!("balance = {} (the half-done change is visible)", *guard);
        }
    };
}
