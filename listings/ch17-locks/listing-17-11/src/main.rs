use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::thread;

/// A value handed from one thread to another: first the data is written, then the flag says so.
#[derive(Default)]
pub struct Handover {
    data: AtomicU64,
    ready: AtomicBool,
}

impl Handover {
    /// Writes the data, then raises the flag.
    pub fn publish(&self, value: u64) {
        self.data.store(value, Ordering::Relaxed);
        // Release: everything this thread wrote before this store goes with it.
        self.ready.store(true, Ordering::Release);
    }

    /// Waits until the flag is up, then reads the data.
    pub fn receive(&self) -> u64 {
        // Acquire: once this load sees `true`, it sees what was written before the store.
        while !self.ready.load(Ordering::Acquire) {
            std::hint::spin_loop();
        }
        self.data.load(Ordering::Relaxed)
    }
}

fn main() {
    let handover = Handover::default();
    thread::scope(|s| {
        s.spawn(|| println!("received {}", handover.receive()));
        s.spawn(|| handover.publish(42));
    });
}
