//! Exercise 18-2, a solution: `map_unordered`, Python's `as_completed`, for the pool of
//! Listing 18-2.

use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;

use listing_18_02::{TaskError, ThreadPool};

// ANCHOR: solution
/// Runs `f` on every input in `pool`, like `map`, but yields `(index, result)` pairs in the
/// order the tasks finish: Python's `as_completed`.
pub fn map_unordered<T: Send + 'static, R: Send + 'static>(
    pool: &ThreadPool,
    f: impl Fn(T) -> R + Send + Sync + 'static,
    inputs: impl IntoIterator<Item = T>,
) -> impl Iterator<Item = (usize, Result<R, TaskError>)> {
    let f = Arc::new(f);
    // One channel for all the results: they queue up in it in the order they are sent.
    let (results_tx, results_rx) = crossbeam_channel::unbounded();
    for (index, input) in inputs.into_iter().enumerate() {
        let (f, results_tx) = (Arc::clone(&f), results_tx.clone());
        // Nobody waits on the task's handle: the task sends its own result, value or panic.
        pool.submit(move || {
            let result = panic::catch_unwind(AssertUnwindSafe(|| f(input)));
            // The caller may have stopped iterating: then nobody wants the result.
            let _ = results_tx.send((index, result.map_err(TaskError::from)));
        });
    }
    // Now only the tasks hold senders: the iteration ends when the last one has sent.
    drop(results_tx);
    results_rx.into_iter()
}
// ANCHOR_END: solution
