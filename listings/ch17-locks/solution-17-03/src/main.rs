use std::collections::VecDeque;
use std::sync::{Condvar, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// A bounded queue that can be closed: `get` returns `None` once it is closed and empty.
pub struct SafeQueue<T> {
    state: Mutex<State<T>>,
    not_full: Condvar,  // producers wait here
    not_empty: Condvar, // consumers wait here
    capacity: usize,
}

struct State<T> {
    items: VecDeque<T>,
    closed: bool,
}

impl<T> SafeQueue<T> {
    pub fn new(capacity: usize) -> SafeQueue<T> {
        assert!(capacity > 0, "a SafeQueue needs room for at least one item");
        SafeQueue {
            state: Mutex::new(State {
                items: VecDeque::new(),
                closed: false,
            }),
            not_full: Condvar::new(),
            not_empty: Condvar::new(),
            capacity,
        }
    }

    pub fn put(&self, item: T) {
        let mut state = self.state.lock().unwrap();
        while state.items.len() >= self.capacity {
            state = self.not_full.wait(state).unwrap();
        }
        assert!(!state.closed, "put() on a closed SafeQueue");
        state.items.push_back(item);
        self.not_empty.notify_one(); // one item: one consumer can use it
    }

    pub fn get(&self) -> Option<T> {
        let mut state = self.state.lock().unwrap();
        while state.items.is_empty() && !state.closed {
            state = self.not_empty.wait(state).unwrap();
        }
        let item = state.items.pop_front()?; // empty here means closed
        self.not_full.notify_one(); // one free slot: one producer can use it
        Some(item)
    }

    // ANCHOR: solution
    /// Python's `get(timeout=…)`: like `get`, but returns `None` if the queue is still empty
    /// (and open) when `timeout` has passed.
    pub fn get_timeout(&self, timeout: Duration) -> Option<T> {
        // A timeout too long to add to the clock (`Duration::MAX`) is no limit at all.
        let deadline = Instant::now().checked_add(timeout);
        let mut state = self.state.lock().unwrap();
        while state.items.is_empty() && !state.closed {
            let Some(deadline) = deadline else {
                state = self.not_empty.wait(state).unwrap();
                continue;
            };
            // Woken early (an item someone else took, or a spurious wake-up)? Wait only for
            // what is left until the deadline, not for the whole timeout again.
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return None; // the deadline has passed, and there is still nothing to take
            }
            state = self.not_empty.wait_timeout(state, left).unwrap().0;
        }
        let item = state.items.pop_front()?; // empty here means closed
        self.not_full.notify_one(); // as in `get`: a producer may wait for this slot
        Some(item)
    }
    // ANCHOR_END: solution

    /// No more items will come: every consumer stops once the queue is empty.
    pub fn close(&self) {
        self.state.lock().unwrap().closed = true;
        self.not_empty.notify_all(); // every waiting consumer must see it
    }
}

// ANCHOR: solution
fn main() {
    let queue = SafeQueue::new(3);
    let empty = queue.get_timeout(Duration::from_millis(100));
    println!("get_timeout(100 ms) on an empty queue: {empty:?}");
    thread::scope(|s| {
        s.spawn(|| queue.put("hello"));
        let got = queue.get_timeout(Duration::from_secs(5));
        println!("get_timeout(5 s) while a producer puts: {got:?}");
    });
    queue.close();
    let closed = queue.get_timeout(Duration::from_secs(5));
    println!("get_timeout(5 s) on a closed, empty queue: {closed:?}");
}
// ANCHOR_END: solution
