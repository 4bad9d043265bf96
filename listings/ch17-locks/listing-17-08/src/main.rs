// ANCHOR: queue
use std::collections::VecDeque;
use std::sync::{Condvar, Mutex};
use std::thread;

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

    /// No more items will come: every consumer stops once the queue is empty.
    pub fn close(&self) {
        self.state.lock().unwrap().closed = true;
        self.not_empty.notify_all(); // every waiting consumer must see it
    }
}
// ANCHOR_END: queue

// ANCHOR: run
pub fn run(
    capacity: usize,
    producers: &[&str],
    consumers: &[&str],
    count: usize,
) -> Vec<Vec<String>> {
    let queue = SafeQueue::new(capacity);
    thread::scope(|s| {
        let consumers: Vec<_> = consumers
            .iter()
            .map(|&name| {
                let queue = &queue;
                s.spawn(move || {
                    let mut consumed = Vec::new();
                    while let Some(message) = queue.get() {
                        println!("{name} - {message}");
                        consumed.push(message);
                    }
                    consumed
                })
            })
            .collect();

        thread::scope(|p| {
            for &name in producers {
                let queue = &queue;
                p.spawn(move || {
                    for n in 0..count {
                        queue.put(format!("{name} - {n}"));
                    }
                });
            }
        }); // every producer has finished here
        queue.close();

        consumers.into_iter().map(|c| c.join().unwrap()).collect()
    })
}

fn main() {
    let consumed = run(3, &["PA", "PB", "PC"], &["CA", "CB"], 10);
    let total: usize = consumed.iter().map(Vec::len).sum();
    println!("consumed {total} messages");
}
// ANCHOR_END: run
