use std::collections::VecDeque;
use std::sync::{Condvar, Mutex};

/// The course's SafeQueue, with Python's `qsize()`, `empty()` and `get(block=False)`.
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
        while items.len() >= self.size {
            items = self.changed.wait(items).unwrap();
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

    /// Python's `qsize()`: how many items wait in the queue at this moment. Once the lock is
    /// released, other threads may change that.
    pub fn len(&self) -> usize {
        self.items.lock().unwrap().len()
    }

    /// Python's `empty()`, with the same caveat.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Python's `get(block=False)`: an item if there is one, or `None` at once.
    pub fn try_get(&self) -> Option<T> {
        let mut items = self.items.lock().unwrap();
        let item = items.pop_front()?; // empty: return None, without waiting
        self.changed.notify_all(); // a producer may be waiting for the room we just made
        Some(item)
    }
}

fn main() {
    let queue = SafeQueue::new(2);
    queue.put(1);
    queue.put(2);
    println!("len: {}", queue.len());
    println!("try_get: {:?}", queue.try_get());
    println!("try_get: {:?}", queue.try_get());
    println!("try_get: {:?}", queue.try_get());
    println!("len: {}, is_empty: {}", queue.len(), queue.is_empty());
}
