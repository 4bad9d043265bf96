//! Listing 18-2: a thread pool with the interface of Python's `ThreadPoolExecutor`.

// ANCHOR: new
use std::any::Any;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::thread::{self, JoinHandle};

use crossbeam_channel::{Receiver, Sender};

/// A job for a worker: any closure, boxed so that all jobs have one type.
type Job = Box<dyn FnOnce() + Send + 'static>;

/// A fixed set of worker threads that take jobs from one shared queue.
pub struct ThreadPool {
    /// The sending end of the queue; `None` once the pool is shutting down.
    jobs: Option<Sender<Job>>,
    workers: Vec<JoinHandle<()>>,
}

impl ThreadPool {
    /// Starts `size` worker threads. They all receive from one channel, so whichever worker is
    /// free takes the next job.
    pub fn new(size: usize) -> ThreadPool {
        assert!(size > 0, "a pool needs at least one worker");
        let (jobs, queue) = crossbeam_channel::unbounded::<Job>();
        let workers = (0..size)
            .map(|index| {
                let queue = queue.clone();
                thread::Builder::new()
                    .name(format!("worker-{index}"))
                    .spawn(move || {
                        // The loop ends when the channel is closed and empty.
                        for job in queue {
                            // Whatever a job does, even panic, the worker goes on.
                            let _ = panic::catch_unwind(AssertUnwindSafe(job));
                        }
                    })
                    .expect("cannot start a worker thread")
            })
            .collect();
        ThreadPool {
            jobs: Some(jobs),
            workers,
        }
    }
    // ANCHOR_END: new

    // ANCHOR: submit
    /// Queues `task` and returns at once; the handle's `result()` waits for the task's value.
    pub fn submit<F, T>(&self, task: F) -> TaskHandle<T>
    where
        F: FnOnce() -> T + Send + 'static,
        T: Send + 'static,
    {
        let (result_tx, result_rx) = crossbeam_channel::bounded(1);
        let job: Job = Box::new(move || {
            // A panic ends the task, not the worker: it becomes the task's result.
            let result = panic::catch_unwind(AssertUnwindSafe(task)).map_err(TaskError::from);
            // The caller may have dropped its handle: then nobody wants the result.
            let _ = result_tx.send(result);
        });
        let jobs = self.jobs.as_ref().expect("the pool is running");
        jobs.send(job).expect("the workers are running");
        TaskHandle { result: result_rx }
    }
    // ANCHOR_END: submit

    // ANCHOR: map
    /// Runs `f` on every input in the pool. The results come in input order, whatever order
    /// the tasks finish in.
    pub fn map<I, F, R>(&self, f: F, inputs: I) -> impl Iterator<Item = Result<R, TaskError>>
    where
        I: IntoIterator,
        I::Item: Send + 'static,
        F: Fn(I::Item) -> R + Send + Sync + 'static,
        R: Send + 'static,
    {
        // One `f` for all the tasks, shared.
        let f = Arc::new(f);
        let handles: Vec<TaskHandle<R>> = inputs
            .into_iter()
            .map(|input| {
                let f = Arc::clone(&f);
                self.submit(move || f(input))
            })
            .collect();
        // Every task is queued now; wait for each in turn, in input order.
        handles.into_iter().map(TaskHandle::result)
    }
    // ANCHOR_END: map
}

// ANCHOR: handle
/// The caller's side of a submitted task, like Python's `Future`.
pub struct TaskHandle<T> {
    result: Receiver<Result<T, TaskError>>,
}

impl<T> TaskHandle<T> {
    /// Blocks until the task has run; returns its value, or the panic that ended it.
    pub fn result(self) -> Result<T, TaskError> {
        self.result
            .recv()
            .expect("the pool runs every task it accepts")
    }
}

/// A task that panicked, with the panic's message.
#[derive(Debug, thiserror::Error)]
#[error("the task panicked: {message}")]
pub struct TaskError {
    message: String,
}

impl From<Box<dyn Any + Send>> for TaskError {
    /// A panic's payload, as `catch_unwind` (or `JoinHandle::join`) returns it.
    fn from(payload: Box<dyn Any + Send>) -> TaskError {
        let text = payload.downcast_ref::<&str>().map(|text| text.to_string());
        let text = text.or_else(|| payload.downcast_ref::<String>().cloned());
        let message = text.unwrap_or_else(|| String::from("(not a string)"));
        TaskError { message }
    }
}
// ANCHOR_END: handle

// ANCHOR: drop
impl Drop for ThreadPool {
    /// Python's `shutdown(wait=True)`: queued tasks still run, then every worker is joined.
    fn drop(&mut self) {
        // Close the channel: each worker's loop ends once the queue is empty.
        drop(self.jobs.take());
        for worker in self.workers.drain(..) {
            worker.join().expect("a worker catches every panic");
        }
    }
}
// ANCHOR_END: drop
