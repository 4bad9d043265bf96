use std::panic::{self, AssertUnwindSafe};
use std::thread::{self, JoinHandle};

use crossbeam_channel::{Sender, TrySendError};

/// A job for a worker: any closure, boxed so that all jobs have one type.
pub type Job = Box<dyn FnOnce() + Send + 'static>;

/// Worker threads, as in Listing 18-2, behind a queue that holds at most `capacity` jobs.
pub struct BoundedPool {
    jobs: Option<Sender<Job>>,
    workers: Vec<JoinHandle<()>>,
}

impl BoundedPool {
    pub fn new(size: usize, capacity: usize) -> BoundedPool {
        assert!(size > 0, "a pool needs at least one worker");
        // What differs from Listing 18-2: the queue is bounded.
        let (jobs, queue) = crossbeam_channel::bounded::<Job>(capacity);
        let workers = (0..size)
            .map(|index| {
                let queue = queue.clone();
                thread::Builder::new()
                    .name(format!("worker-{index}"))
                    .spawn(move || {
                        for job in queue {
                            let _ = panic::catch_unwind(AssertUnwindSafe(job));
                        }
                    })
                    .expect("cannot start a worker thread")
            })
            .collect();
        BoundedPool {
            jobs: Some(jobs),
            workers,
        }
    }

    /// Queues `job`. While the queue is full, waits until a worker takes a job out of it.
    pub fn submit(&self, job: impl FnOnce() + Send + 'static) {
        let jobs = self.jobs.as_ref().expect("the pool is running");
        jobs.send(Box::new(job)).expect("the workers are running");
    }

    /// Queues `job` if there is room. If the queue is full, hands the job back at once, unrun.
    pub fn try_submit(&self, job: impl FnOnce() + Send + 'static) -> Result<(), Job> {
        let jobs = self.jobs.as_ref().expect("the pool is running");
        jobs.try_send(Box::new(job))
            .map_err(TrySendError::into_inner)
    }
}

impl Drop for BoundedPool {
    fn drop(&mut self) {
        drop(self.jobs.take());
        for worker in self.workers.drain(..) {
            worker.join().expect("a worker catches every panic");
        }
    }
}
