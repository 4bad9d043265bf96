// ANCHOR: main
use pool::ThreadPool;

fn main() {
    let pool = ThreadPool::new(4);
    // Task n waits for gate n. Gate 3 is open, and each task opens the gate of the task before
    // it when it is done: the tasks finish in reverse order. (Each waiting task holds a worker.)
    let gates: Vec<_> = (0..4).map(|_| crossbeam_channel::bounded(1)).collect();
    gates[3].0.send(()).unwrap();
    let finish_in_reverse = move |n: usize| {
        gates[n].1.recv().unwrap();
        println!("task {n} finished");
        if n > 0 {
            gates[n - 1].0.send(()).unwrap();
        }
        n * 10
    };
    for result in pool.map(finish_in_reverse, 0..4) {
        println!("result: {}", result.unwrap());
    }
}
// ANCHOR_END: main

// The ThreadPool of Listing 18-2, unchanged.
pub mod pool {
    use std::any::Any;
    use std::fmt;
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
                                job();
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

        /// Queues `task` and returns at once; the handle's `result()` waits for the task's value.
        pub fn submit<F, T>(&self, task: F) -> TaskHandle<T>
        where
            F: FnOnce() -> T + Send + 'static,
            T: Send + 'static,
        {
            let (result_tx, result_rx) = crossbeam_channel::bounded(1);
            let job: Job = Box::new(move || {
                // A panic ends the task, not the worker: it becomes the task's result.
                let result = panic::catch_unwind(AssertUnwindSafe(task));
                // The caller may have dropped its handle: then nobody wants the result.
                let _ = result_tx.send(result.map_err(TaskError::from_panic));
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

    impl<T> TaskHandle<T> {
        /// Blocks until the task has run; returns its value, or the panic that ended it.
        pub fn result(self) -> Result<T, TaskError> {
            self.result
                .recv()
                .expect("the pool runs every task it accepts")
        }
    }

    /// A task that panicked, with the panic's message.
    #[derive(Debug)]
    pub struct TaskError {
        message: String,
    }

    impl TaskError {
        fn from_panic(payload: Box<dyn Any + Send>) -> TaskError {
            let message = match payload.downcast::<String>() {
                Ok(message) => *message,
                Err(payload) => match payload.downcast_ref::<&str>() {
                    Some(message) => message.to_string(),
                    None => String::from("(not a string)"),
                },
            };
            TaskError { message }
        }
    }

    impl fmt::Display for TaskError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(f, "the task panicked: {}", self.message)
        }
    }

    impl std::error::Error for TaskError {}

    impl Drop for ThreadPool {
        /// Python's `shutdown(wait=True)`: queued tasks still run, then every worker is joined.
        fn drop(&mut self) {
            // Close the channel: each worker's loop ends once the queue is empty.
            drop(self.jobs.take());
            for worker in self.workers.drain(..) {
                // A worker never panics: `submit` catches its tasks' panics.
                let _ = worker.join();
            }
        }
    }
}
