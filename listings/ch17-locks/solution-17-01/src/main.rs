use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

/// `threads` threads each add one `per_thread` times to a shared atomic counter.
pub fn count(threads: usize, per_thread: u64) -> u64 {
    // No mutex: the counter itself can be changed safely through a shared reference.
    let counter = Arc::new(AtomicU64::new(0));

    let mut handles = Vec::new();
    for _ in 0..threads {
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            for _ in 0..per_thread {
                counter.fetch_add(1, Ordering::Relaxed); // read, add, write: one indivisible step
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }

    // `join` orders every thread's additions before this load.
    counter.load(Ordering::Relaxed)
}

fn main() {
    println!("counter = {}", count(4, 1000));
}
