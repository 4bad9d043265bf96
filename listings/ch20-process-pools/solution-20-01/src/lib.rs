//! Exercise 20-1, a solution: Listing 20-1's worker, with a time limit for each job.

use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::Duration;

/// One worker process and the two pipes the pool talks to it through: jobs go to its stdin,
/// one line each, and one result line per job comes back from its stdout.
// ANCHOR: solution
pub struct Worker {
    child: Child,
    jobs: ChildStdin,
    /// The lines of the worker's stdout, read by a thread of their own: unlike `read_line`,
    /// a channel can wait with a time limit.
    results: Receiver<String>,
    /// How long a job may take, if there is a limit.
    limit: Option<Duration>,
}

impl Worker {
    /// Starts `program worker`.
    pub fn start(program: &Path) -> io::Result<Worker> {
        // ANCHOR_END: solution
        let mut child = Command::new(program)
            .arg("worker")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()?;
        // ANCHOR: solution
        let jobs = child.stdin.take().expect("stdin is piped");
        let output = BufReader::new(child.stdout.take().expect("stdout is piped"));
        let (line_tx, results) = mpsc::channel();
        // The thread ends at the end of the output: when the worker exits, or is killed.
        thread::spawn(move || {
            for line in output.lines().map_while(Result::ok) {
                if line_tx.send(line).is_err() {
                    break;
                }
            }
        });
        Ok(Worker {
            child,
            jobs,
            results,
            limit: None,
        })
    }

    /// The same worker, with a time limit for each job, counted from when the job is sent.
    pub fn with_limit(self, limit: Duration) -> Worker {
        Worker {
            limit: Some(limit),
            ..self
        }
    }

    /// Sends one job and waits for its result line: `ok <value>` or `err <message>`.
    pub fn run(&mut self, job: &str) -> Result<String, JobError> {
        // ANCHOR_END: solution
        if job.contains('\n') {
            return Err(JobError::Failed("a job must be a single line".to_owned()));
        }
        // ANCHOR: solution
        if writeln!(self.jobs, "{job}")
            .and_then(|()| self.jobs.flush())
            .is_err()
        {
            return Err(self.reap(JobError::WorkerDied));
        }
        let line = match self.limit {
            Some(limit) => self.results.recv_timeout(limit),
            None => self.results.recv().map_err(RecvTimeoutError::from),
        };
        match line {
            Ok(line) => parse_reply(&line),
            // Too long: kill the worker, which shares no memory with us, so nothing is left
            // half-changed; then reap it.
            Err(RecvTimeoutError::Timeout) => {
                let limit = self.limit.expect("only a limit times out");
                Err(self.reap(|_| JobError::TimedOut(limit)))
            }
            // The end of its output: the worker has died.
            Err(RecvTimeoutError::Disconnected) => Err(self.reap(JobError::WorkerDied)),
        }
    }

    /// Makes sure the worker is gone, reaps it (no zombie), and says why with `error`.
    fn reap(&mut self, error: impl FnOnce(ExitStatus) -> JobError) -> JobError {
        let _ = self.child.kill();
        match self.child.wait() {
            Ok(status) => error(status),
            Err(e) => JobError::Failed(format!("the worker is gone: {e}")),
        }
    }
    // ANCHOR_END: solution

    /// The worker's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Whether the worker is still running (one that has exited is reaped here).
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Closes the worker's stdin, which ends its input, so that it exits; then reaps it. (A
    /// worker that is dropped instead exits too, but stays a zombie until this program ends.)
    pub fn stop(mut self) -> io::Result<ExitStatus> {
        drop(self.jobs);
        self.child.wait()
    }
}

/// A reply line: `ok <value>` or `err <message>`.
pub fn parse_reply(line: &str) -> Result<String, JobError> {
    match line.split_once(' ') {
        Some(("ok", value)) => Ok(value.to_owned()),
        Some(("err", message)) => Err(JobError::Failed(message.to_owned())),
        _ => Err(JobError::Failed(format!("not a result line: {line}"))),
    }
}

/// Why a job has no result.
#[derive(Debug, Clone, thiserror::Error)]
pub enum JobError {
    /// The worker ran the job and reported an error.
    #[error("{0}")]
    Failed(String),
    /// The worker process died while running the job, and ended like this.
    #[error("the worker died ({0})")]
    WorkerDied(ExitStatus),
    /// No worker was left to run the job.
    #[error("no worker was left to run the job")]
    NotRun,
    // ANCHOR: solution
    /// The job took longer than this limit, and its worker was killed.
    #[error("the job took longer than {0:?}; its worker was killed")]
    TimedOut(Duration),
    // ANCHOR_END: solution
}
