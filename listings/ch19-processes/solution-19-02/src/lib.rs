//! Exercise 19-2, a solution: `as_they_finish`, Python's `as_completed` for child processes.

use std::io;
use std::process::{Child, Output};
use std::sync::mpsc::{self, Receiver};
use std::thread;

// ANCHOR: solution
/// Waits for all the children at once, on a thread each, and hands back `(index, output)`
/// pairs in the order the children finish.
pub fn as_they_finish(children: Vec<Child>) -> Receiver<(usize, io::Result<Output>)> {
    let (finished_tx, finished) = mpsc::channel();
    for (index, child) in children.into_iter().enumerate() {
        let finished_tx = finished_tx.clone();
        // `wait_with_output` blocks until this child has exited: it blocks only its thread.
        thread::spawn(move || {
            let _ = finished_tx.send((index, child.wait_with_output()));
        });
    }
    // Only the threads hold senders now: the receiver's iteration ends after the last child.
    finished
}
// ANCHOR_END: solution
