// ANCHOR: main
use std::env;
use std::process::ExitCode;
use std::thread;
use std::time::Duration;

use pool::ProcessPool;

/// The jobs this program's workers know: the lesson's sum, `sleep MS`, which takes MS
/// milliseconds, `hang`, which never finishes, and a crash on purpose.
fn run_job(job: &str) -> Result<String, String> {
    match job.split_whitespace().collect::<Vec<_>>()[..] {
        ["task", name, count] => {
            let count: u64 = count
                .parse()
                .map_err(|_| format!("COUNT must be a whole number, not `{count}`"))?;
            let result: u64 = (1..=count).sum();
            Ok(format!("{name} - end with {result}"))
        }
        ["sleep", ms] => {
            let ms: u64 = ms
                .parse()
                .map_err(|_| format!("MS must be a whole number, not `{ms}`"))?;
            thread::sleep(Duration::from_millis(ms));
            Ok(format!("slept {ms} ms"))
        }
        ["hang"] => loop {
            thread::park();
        },
        ["crash"] => panic!("crashing on purpose"),
        _ => Err(format!("unknown job `{job}`")),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.as_slice() {
        [] => parent(),
        [role] if role == "worker" => match pool::serve(run_job) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&format!("worker: {e}")),
        },
        _ => fail("usage: exercise-20-02 [worker]"),
    }
}

fn parent() -> ExitCode {
    let mut pool = match ProcessPool::with_workers(2) {
        Ok(pool) => pool,
        Err(e) => return fail(&format!("cannot start the workers: {e}")),
    };
    // `map` waits for every job, however long it takes: with `hang` among these jobs, it would
    // never return.
    let jobs = ["task A 100", "sleep 50", "task B 99"];
    for (job, result) in jobs.iter().zip(pool.map(jobs)) {
        match result {
            Ok(value) => println!("{job}: {value}"),
            Err(error) => println!("{job}: error: {error}"),
        }
    }
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}
// ANCHOR_END: main

// The ProcessPool of Listing 20-1, unchanged.
pub mod pool {
    use std::env;
    use std::fmt;
    use std::io::{self, BufRead, BufReader, Write};
    use std::path::{Path, PathBuf};
    use std::process::{Child, ChildStdin, ChildStdout, Command, ExitStatus, Stdio};
    use std::thread;

    /// One worker process and the two pipes the pool talks to it through: jobs go to its stdin,
    /// one line each, and one result line per job comes back from its stdout.
    struct Worker {
        child: Child,
        jobs: ChildStdin,
        results: BufReader<ChildStdout>,
    }

    impl Worker {
        /// Starts `program worker`.
        fn start(program: &Path) -> io::Result<Worker> {
            let mut child = Command::new(program)
                .arg("worker")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()?;
            let jobs = child.stdin.take().expect("stdin is piped");
            let results = BufReader::new(child.stdout.take().expect("stdout is piped"));
            Ok(Worker {
                child,
                jobs,
                results,
            })
        }

        /// Sends one job and waits for its result line: `ok <value>` or `err <message>`.
        fn run(&mut self, job: &str) -> Result<String, JobError> {
            if job.contains('\n') {
                return Err(JobError::Failed(String::from(
                    "a job must be a single line",
                )));
            }
            let mut line = String::new();
            let sent = writeln!(self.jobs, "{job}").and_then(|()| self.jobs.flush());
            match sent.and_then(|()| self.results.read_line(&mut line)) {
                Ok(length) if length > 0 => {
                    let line = line.trim_end_matches('\n');
                    if let Some(value) = line.strip_prefix("ok ") {
                        Ok(value.to_owned())
                    } else if let Some(message) = line.strip_prefix("err ") {
                        Err(JobError::Failed(message.to_owned()))
                    } else {
                        Err(JobError::Failed(format!("not a result line: {line}")))
                    }
                }
                // A broken pipe, or the end of its output: the worker has died. Make sure it is
                // gone, then reap it (no zombie) and report how it ended.
                _ => {
                    let _ = self.child.kill();
                    Err(JobError::WorkerDied(self.child.wait().ok()))
                }
            }
        }
    }

    /// A fixed set of worker processes, started once and reused for every job.
    pub struct ProcessPool {
        program: PathBuf,
        workers: Vec<Worker>,
    }

    impl ProcessPool {
        /// One worker per CPU this process may use, as `ProcessPoolExecutor()` does.
        pub fn new() -> io::Result<ProcessPool> {
            let size = thread::available_parallelism().map_or(1, |n| n.get());
            ProcessPool::with_workers(size)
        }

        /// `size` workers, each this same program started again in its worker role.
        pub fn with_workers(size: usize) -> io::Result<ProcessPool> {
            ProcessPool::with_program(&env::current_exe()?, size)
        }

        /// `size` workers, each running `program worker`.
        pub fn with_program(program: &Path, size: usize) -> io::Result<ProcessPool> {
            assert!(size > 0, "a pool needs at least one worker");
            let workers = (0..size)
                .map(|_| Worker::start(program))
                .collect::<io::Result<_>>()?;
            Ok(ProcessPool {
                program: program.to_owned(),
                workers,
            })
        }

        /// The process ids of the workers.
        pub fn pids(&self) -> Vec<u32> {
            self.workers.iter().map(|w| w.child.id()).collect()
        }

        /// Runs every job on the workers, each worker taking the next job as soon as it is free.
        /// The results come in input order. A worker that dies is replaced by a new one.
        pub fn map<I>(&mut self, jobs: I) -> Vec<Result<String, JobError>>
        where
            I: IntoIterator,
            I::Item: Into<String>,
        {
            let (job_tx, job_rx) = crossbeam_channel::unbounded();
            let mut count = 0;
            for (index, job) in jobs.into_iter().enumerate() {
                job_tx.send((index, job.into())).unwrap();
                count += 1;
            }
            drop(job_tx);

            // One thread of this process per worker process, feeding it jobs from the queue.
            let (result_tx, result_rx) = crossbeam_channel::unbounded();
            let program = &self.program;
            thread::scope(|s| {
                for worker in &mut self.workers {
                    let (job_rx, result_tx) = (job_rx.clone(), result_tx.clone());
                    s.spawn(move || {
                        for (index, job) in job_rx {
                            let result = worker.run(&job);
                            let died = matches!(result, Err(JobError::WorkerDied(_)));
                            result_tx.send((index, result)).unwrap();
                            if died {
                                // A new worker takes its place; if none can start, this thread
                                // leaves the remaining jobs to the others.
                                match Worker::start(program) {
                                    Ok(new_worker) => *worker = new_worker,
                                    Err(_) => break,
                                }
                            }
                        }
                    });
                }
            });
            drop(result_tx);

            // Put each result in its job's place.
            let mut results: Vec<Result<String, JobError>> =
                (0..count).map(|_| Err(JobError::NotRun)).collect();
            for (index, result) in result_rx {
                results[index] = result;
            }
            results
        }
    }

    impl Drop for ProcessPool {
        /// Like leaving `with ProcessPoolExecutor() as executor:`. Closing a worker's stdin ends
        /// its loop, and it exits; then `wait` reaps each one, so that no zombie is left behind.
        fn drop(&mut self) {
            let children: Vec<Child> = self
                .workers
                .drain(..)
                .map(|worker| worker.child) // drops the worker's pipes: end of its input
                .collect();
            for mut child in children {
                let _ = child.wait();
            }
        }
    }

    /// Why a job has no result.
    #[derive(Debug)]
    pub enum JobError {
        /// The worker ran the job and reported an error.
        Failed(String),
        /// The worker process died while running the job (how it ended, if known).
        WorkerDied(Option<ExitStatus>),
        /// No worker was left to run the job.
        NotRun,
    }

    impl fmt::Display for JobError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                JobError::Failed(message) => write!(f, "{message}"),
                JobError::WorkerDied(Some(status)) => write!(f, "the worker died ({status})"),
                JobError::WorkerDied(None) => write!(f, "the worker died"),
                JobError::NotRun => write!(f, "no worker was left to run the job"),
            }
        }
    }

    impl std::error::Error for JobError {}

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
}
