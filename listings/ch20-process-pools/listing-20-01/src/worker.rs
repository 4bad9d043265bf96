//! One worker process of Listing 20-1's pool: the pool's side of the line protocol.

// ANCHOR: worker
use std::io::{self, BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, ExitStatus, Stdio};

/// One worker process and the two pipes the pool talks to it through: jobs go to its stdin,
/// one line each, and one result line per job comes back from its stdout.
pub struct Worker {
    child: Child,
    jobs: ChildStdin,
    results: BufReader<ChildStdout>,
}

impl Worker {
    /// Starts `program worker`.
    pub fn start(program: &Path) -> io::Result<Worker> {
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
    pub fn run(&mut self, job: &str) -> Result<String, JobError> {
        if job.contains('\n') {
            return Err(JobError::Failed("a job must be a single line".to_owned()));
        }
        let mut line = String::new();
        let sent = writeln!(self.jobs, "{job}").and_then(|()| self.jobs.flush());
        match sent.and_then(|()| self.results.read_line(&mut line)) {
            Ok(length) if length > 0 => parse_reply(line.trim_end_matches('\n')),
            // A broken pipe, or the end of its output: the worker has died. Make sure it is
            // gone, then reap it (no zombie) and report how it ended.
            _ => {
                let _ = self.child.kill();
                Err(match self.child.wait() {
                    Ok(status) => JobError::WorkerDied(status),
                    Err(e) => JobError::Failed(format!("the worker is gone: {e}")),
                })
            }
        }
    }

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
// ANCHOR_END: worker

// ANCHOR: error
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
}
// ANCHOR_END: error
