use std::sync::{RwLock, TryLockError};
use std::thread;

fn main() {
    let config = RwLock::new(String::from("timeout=5"));

    let main_reads = config.read().unwrap(); // main reads, and keeps its read guard
    thread::scope(|s| {
        let config = &config;
        let readers: Vec<_> = (1..=3)
            .map(|n| s.spawn(move || (n, config.read().unwrap().clone()))) // in beside main
            .collect();
        for reader in readers {
            let (n, seen) = reader.join().unwrap();
            println!("reader {n} read {seen:?} while main was reading");
        }
    });
    let must_wait = matches!(config.try_write(), Err(TryLockError::WouldBlock));
    println!("a writer has to wait: {must_wait}");
    drop(main_reads);

    config.write().unwrap().push_str(", retries=3"); // no reader left: the writer gets in
    println!("after the write: {:?}", config.read().unwrap());
}
