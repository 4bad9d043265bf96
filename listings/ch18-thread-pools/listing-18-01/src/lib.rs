//! Listing 18-1: many tiny tasks, run three ways.

use std::hint::black_box;
use std::thread;

/// A job for a worker thread: any closure, boxed so that all jobs have one type.
type Job = Box<dyn FnOnce() + Send + 'static>;

/// The work of one task: next to nothing, so that what we measure is the overhead.
pub fn tiny_task(n: u64) -> u64 {
    black_box(n) * 2 + 1
}

/// Every task called on this thread: the work alone, no thread at all.
pub fn on_this_thread(tasks: u64) -> u64 {
    (0..tasks).map(tiny_task).sum()
}

/// A new thread for every task; then join them all.
pub fn thread_per_task(tasks: u64) -> u64 {
    let handles: Vec<_> = (0..tasks)
        .map(|n| thread::spawn(move || tiny_task(n)))
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).sum()
}

/// A few threads, started once, take the tasks from one channel; results come back on another.
pub fn pool(tasks: u64, workers: usize) -> u64 {
    let (job_tx, job_rx) = crossbeam_channel::unbounded::<Job>();
    let (result_tx, result_rx) = crossbeam_channel::unbounded();
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let jobs = job_rx.clone();
            thread::spawn(move || {
                for job in jobs {
                    job();
                }
            })
        })
        .collect();
    for n in 0..tasks {
        let result_tx = result_tx.clone();
        job_tx
            .send(Box::new(move || result_tx.send(tiny_task(n)).unwrap()))
            .unwrap();
    }
    drop(job_tx); // no more jobs: each worker's loop ends when the channel is empty
    drop(result_tx);
    let sum = result_rx.iter().sum();
    for handle in handles {
        handle.join().unwrap();
    }
    sum
}
