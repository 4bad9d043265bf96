//! Exercise 18-1, a solution: Listing 18-2's pool, with a count of the tasks it has completed.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use listing_18_02::{TaskHandle, ThreadPool};

// ANCHOR: solution
/// Listing 18-2's `ThreadPool`, counting the tasks that have finished.
pub struct CountingPool {
    pool: ThreadPool,
    completed: Arc<AtomicUsize>,
}

impl CountingPool {
    pub fn new(size: usize) -> CountingPool {
        CountingPool {
            pool: ThreadPool::new(size),
            completed: Arc::new(AtomicUsize::new(0)),
        }
    }

    /// `ThreadPool::submit`, with the task counted as soon as it ends.
    pub fn submit<F, T>(&self, task: F) -> TaskHandle<T>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let completed = Arc::clone(&self.completed);
        self.pool.submit(move || {
            // Dropped when the task ends, whether it returns or panics: before the pool sends
            // the result on, so whoever has the result sees the count.
            let _counted = Counted(completed);
            task()
        })
    }

    /// How many tasks have finished so far, whether they returned or panicked.
    pub fn completed(&self) -> usize {
        self.completed.load(Ordering::Relaxed)
    }
}

/// Adds one to its count when it is dropped.
struct Counted(Arc<AtomicUsize>);

impl Drop for Counted {
    fn drop(&mut self) {
        // `Relaxed` is enough: the result channel orders the two threads, so what the worker
        // did before sending, the caller sees after receiving.
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}
// ANCHOR_END: solution
