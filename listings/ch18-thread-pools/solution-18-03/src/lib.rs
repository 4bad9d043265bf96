//! Exercise 18-3, a solution: the pool of Listing 18-2, with `shutdown_now`.

use std::any::Any;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Arc;
use std::thread::{self, JoinHandle};

use crossbeam_channel::{Receiver, Sender};

/// A job for a worker: any closure, boxed so that all jobs have one type.
type Job = Box<dyn FnOnce() + Send + 'static>;

// ANCHOR: solution
/// A fixed set of worker threads that take jobs from one shared queue.
pub struct ThreadPool {
    /// The sending end of the queue; `None` once the pool is shutting down.
    jobs: Option<Sender<Job>>,
    /// A receiving end of the pool's own, to empty the queue in `shutdown_now`.
    queue: Receiver<Job>,
    workers: Vec<JoinHandle<()>>,
}
// ANCHOR_END: solution

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
        // ANCHOR: solution
        ThreadPool {
            jobs: Some(jobs),
            queue,
            workers,
        }
    }

    /// Python's `shutdown(cancel_futures=True)`: the tasks still in the queue are dropped
    /// without running, and their handles report `Cancelled`; the tasks already running
    /// finish, and then every worker is joined.
    pub fn shutdown_now(self) {
        // A job dropped unrun drops its result sender: its handle's `recv` fails at once.
        for job in self.queue.try_iter() {
            drop(job);
        }
        // The rest is `drop`: close the channel, let the workers finish, join them.
        drop(self);
    }
    // ANCHOR_END: solution

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
}

/// The caller's side of a submitted task, like Python's `Future`.
pub struct TaskHandle<T> {
    result: Receiver<Result<T, TaskError>>,
}

// ANCHOR: solution
impl<T> TaskHandle<T> {
    /// Blocks until the task has run; returns its value, the panic that ended it, or
    /// `Cancelled` if it was dropped from the queue without running.
    pub fn result(self) -> Result<T, TaskError> {
        // No result, and no sender left to send one: the job was dropped unrun.
        self.result.recv().unwrap_or(Err(TaskError::Cancelled))
    }
}

/// Why a task has no result.
#[derive(Debug, thiserror::Error)]
pub enum TaskError {
    /// The task panicked, with this message.
    #[error("the task panicked: {0}")]
    Panicked(String),
    /// `shutdown_now` dropped the task before it started.
    #[error("the task was cancelled")]
    Cancelled,
}
// ANCHOR_END: solution

impl From<Box<dyn Any + Send>> for TaskError {
    /// A panic's payload, as `catch_unwind` (or `JoinHandle::join`) returns it.
    fn from(payload: Box<dyn Any + Send>) -> TaskError {
        let text = payload.downcast_ref::<&str>().map(|text| text.to_string());
        let text = text.or_else(|| payload.downcast_ref::<String>().cloned());
        let message = text.unwrap_or_else(|| String::from("(not a string)"));
        TaskError::Panicked(message)
    }
}

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
