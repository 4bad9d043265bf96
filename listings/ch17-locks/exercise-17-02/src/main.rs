use std::collections::VecDeque;
use std::sync::{Condvar, Mutex};
use std::thread;

/// The course's SafeQueue: a bounded queue, one mutex, one condition variable.
pub struct SafeQueue<T> {
    items: Mutex<VecDeque<T>>,
    changed: Condvar,
    size: usize,
}

impl<T> SafeQueue<T> {
    pub fn new(size: usize) -> SafeQueue<T> {
        SafeQueue {
            items: Mutex::new(VecDeque::new()),
            changed: Condvar::new(),
            size,
        }
    }

    pub fn put(&self, item: T) {
        let mut items = self.items.lock().unwrap();
        // `while`, not `if`: a wake-up is no promise that there is room.
        while items.len() >= self.size {
            items = self.changed.wait(items).unwrap(); // unlocks, sleeps, relocks
        }
        items.push_back(item);
        self.changed.notify_all();
    }

    pub fn get(&self) -> T {
        let mut items = self.items.lock().unwrap();
        while items.is_empty() {
            items = self.changed.wait(items).unwrap();
        }
        let item = items.pop_front().unwrap();
        self.changed.notify_all();
        item
    }
}

fn main() {
    let queue = SafeQueue::new(3);
    thread::scope(|s| {
        s.spawn(|| {
            for n in 0..10 {
                queue.put(n);
            }
        });
        s.spawn(|| {
            let got: Vec<i32> = (0..10).map(|_| queue.get()).collect();
            println!("got {got:?}");
        });
    });
}
