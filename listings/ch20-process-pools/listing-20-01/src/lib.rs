//! Listing 20-1: a pool of worker processes with the interface of Python's
//! `ProcessPoolExecutor`. The pool's side of one worker is in `worker.rs`.

// ANCHOR: pool
use std::env;
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::thread;

mod worker;
pub use worker::{JobError, Worker, parse_reply};

/// A fixed set of worker processes, started once and reused for every job.
pub struct ProcessPool {
    program: PathBuf,
    workers: Vec<Worker>,
}

impl ProcessPool {
    /// `size` workers, each this same program started again with the argument `worker`.
    pub fn new(size: usize) -> io::Result<ProcessPool> {
        ProcessPool::with_program(&env::current_exe()?, size)
    }

    /// `size` workers, each `program worker`: any program that speaks the protocol.
    pub fn with_program(program: &Path, size: usize) -> io::Result<ProcessPool> {
        let mut pool = ProcessPool {
            program: program.to_owned(),
            workers: Vec::new(),
        };
        // If one cannot start, `?` drops the pool, which reaps the ones that did.
        for _ in 0..size {
            pool.add_worker()?;
        }
        Ok(pool)
    }

    /// Starts one more worker.
    pub fn add_worker(&mut self) -> io::Result<()> {
        self.workers.push(Worker::start(&self.program)?);
        Ok(())
    }

    /// The process ids of the workers.
    pub fn pids(&self) -> Vec<u32> {
        self.workers.iter().map(Worker::pid).collect()
    }
    // ANCHOR_END: pool

    // ANCHOR: map
    /// Runs every job on the workers, each worker taking the next job as soon as it is free.
    /// The results come in input order.
    pub fn map<I>(&mut self, jobs: I) -> Vec<Result<String, JobError>>
    where
        I: IntoIterator,
        I::Item: Into<String>,
    {
        let jobs: Vec<String> = jobs.into_iter().map(Into::into).collect();
        let (job_tx, job_rx) = crossbeam_channel::unbounded();
        jobs.iter()
            .enumerate()
            .for_each(|job| job_tx.send(job).unwrap());
        drop(job_tx); // closed: each thread's loop ends when the queue is empty

        // One thread of this process per worker process, feeding it jobs from the queue.
        let (result_tx, result_rx) = crossbeam_channel::unbounded();
        thread::scope(|s| {
            for worker in &mut self.workers {
                let (job_rx, result_tx) = (job_rx.clone(), result_tx.clone());
                s.spawn(move || {
                    for (index, job) in job_rx {
                        let result = worker.run(job);
                        let died = matches!(result, Err(JobError::WorkerDied(_)));
                        result_tx.send((index, result)).unwrap();
                        if died {
                            break; // the other workers take the remaining jobs
                        }
                    }
                });
            }
        });
        drop(result_tx);
        // A worker that died has been reaped; the pool goes on without it.
        self.workers.retain_mut(Worker::is_running);

        // Put each result in its job's place.
        let mut results: Vec<_> = jobs.iter().map(|_| Err(JobError::NotRun)).collect();
        for (index, result) in result_rx {
            results[index] = result;
        }
        results
    }
    // ANCHOR_END: map
}

// ANCHOR: drop
impl Drop for ProcessPool {
    /// Like leaving `with ProcessPoolExecutor() as executor:`: every worker's input is closed,
    /// so that it exits, and it is reaped, so that no zombie is left behind.
    fn drop(&mut self) {
        for worker in self.workers.drain(..) {
            let _ = worker.stop();
        }
    }
}
// ANCHOR_END: drop

// ANCHOR: serve
/// The worker's side: read one job per line from stdin until it ends, and answer each with
/// one line on stdout. (So a worker must not print anything else to stdout.)
pub fn serve(run_job: impl Fn(&str) -> Result<String, String>) -> io::Result<()> {
    let mut results = io::stdout().lock();
    for job in io::stdin().lock().lines() {
        let reply = match run_job(&job?) {
            Ok(value) => format!("ok {value}"),
            Err(message) => format!("err {message}"),
        };
        writeln!(results, "{}", reply.replace('\n', " "))?;
        results.flush()?;
    }
    Ok(())
}

/// Chapter 19's two roles. The pool starts each worker as `<this program> worker`: with that
/// argument, this serves jobs with `run_job` until the input ends, and says how that ended.
/// With no argument the program is the parent: `None`. Anything else is a usage error.
pub fn worker_role(run_job: impl Fn(&str) -> Result<String, String>) -> Option<io::Result<()>> {
    let args: Vec<String> = env::args().collect();
    match &args[1..] {
        [] => None,
        [role] if role == "worker" => Some(serve(run_job)),
        _ => {
            let name = Path::new(&args[0]).file_name().unwrap_or_default();
            let usage = format!("usage: {} [worker]", name.to_string_lossy());
            Some(Err(io::Error::other(usage)))
        }
    }
}
// ANCHOR_END: serve
