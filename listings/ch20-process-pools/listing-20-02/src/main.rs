// ANCHOR: main
use std::env;
use std::fs;
use std::path::Path;
use std::process::{self, ExitCode};

use pool::ProcessPool;
use web::{download, images};

/// A worker's job, `URL DIR`: download URL into DIR. The same `download` as in Listing 18-4.
fn run_job(job: &str) -> Result<String, String> {
    let (url, dir) = job
        .split_once(' ')
        .ok_or_else(|| format!("not `URL DIR`: {job}"))?;
    download(url, Path::new(dir))
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.as_slice() {
        [] => parent(),
        [role] if role == "worker" => match pool::serve(run_job) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&format!("worker: {e}")),
        },
        _ => fail("usage: listing-20-02 [worker]"),
    }
}

fn parent() -> ExitCode {
    let dir = env::temp_dir().join(format!("listing-20-02-{}", process::id()));
    if let Err(e) = fs::create_dir(&dir) {
        return fail(&format!("cannot create {}: {e}", dir.display()));
    }
    // The "images", served on 127.0.0.1 by a thread of the parent process.
    let files = images();
    let (address, server) = match web::serve(files.clone(), files.len()) {
        Ok(server) => server,
        Err(e) => return fail(&format!("cannot start the server: {e}")),
    };
    let jobs: Vec<String> = files
        .iter()
        .map(|(name, _)| format!("http://{address}/images/{name} {}", dir.display()))
        .collect();

    // `ProcessPoolExecutor().map(download_img, urls)`: one worker process per CPU.
    let mut pool = match ProcessPool::new() {
        Ok(pool) => pool,
        Err(e) => return fail(&format!("cannot start the workers: {e}")),
    };
    let mut failures = 0;
    for result in pool.map(jobs) {
        match result {
            Ok(message) => println!("{message}"),
            Err(error) => {
                eprintln!("error: {error}");
                failures += 1;
            }
        }
    }
    drop(pool);

    let _ = fs::remove_dir_all(&dir);
    println!("the temporary directory is removed");
    if failures > 0 {
        return ExitCode::FAILURE;
    }
    server.join().unwrap();
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}
// ANCHOR_END: main

// The web module of Listing 18-4, unchanged: the image server, the HTTP client, `download`.
pub mod web {
    use std::fs;
    use std::io::{self, BufRead, BufReader, Read, Write};
    use std::net::{SocketAddr, TcpListener, TcpStream};
    use std::path::Path;
    use std::thread::{self, JoinHandle};
    use std::time::Duration;

    /// Downloads `url` and writes its body into `dir`, to a file named after the URL's last
    /// segment. The message reports what is on the disk: the file is read back.
    pub fn download(url: &str, dir: &Path) -> Result<String, String> {
        let body = get(url)?;
        if body.is_empty() {
            return Err(format!("{url}: the server sent an empty body"));
        }
        let name = url.rsplit('/').next().unwrap_or_default();
        if name.is_empty() {
            return Err(format!("{url}: no file name at the end of the URL"));
        }
        let path = dir.join(name);
        let written = fs::write(&path, &body).and_then(|()| fs::read(&path));
        let written = written.map_err(|e| format!("{}: {e}", path.display()))?;
        Ok(format!(
            "{name}: {} bytes written, FNV-1a {:016x}",
            written.len(),
            fnv1a(&written)
        ))
    }

    /// A minimal HTTP/1.1 GET of an `http://host:port/path` URL: the body is everything after
    /// the response head, up to the end of the connection.
    pub fn get(url: &str) -> Result<Vec<u8>, String> {
        let failed = |e: io::Error| format!("{url}: {e}");
        let rest = url
            .strip_prefix("http://")
            .ok_or_else(|| format!("{url}: not an http:// URL"))?;
        let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let mut stream = TcpStream::connect(host).map_err(failed)?;
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .map_err(failed)?;
        let path = if path.is_empty() { "/" } else { path };
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
        )
        .map_err(failed)?;
        let mut response = Vec::new();
        stream.read_to_end(&mut response).map_err(failed)?;

        let head_end = response
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .ok_or_else(|| format!("{url}: no HTTP response"))?;
        let head = String::from_utf8_lossy(&response[..head_end]);
        let status = head.lines().next().unwrap_or_default();
        if !status.starts_with("HTTP/1.1 200 ") {
            return Err(format!("{url}: {status}"));
        }
        let body = response[head_end + 4..].to_vec();
        let length = head.lines().find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse::<usize>().ok())?
        });
        match length {
            Some(length) if length == body.len() => Ok(body),
            _ => Err(format!("{url}: the body does not match its Content-Length")),
        }
    }

    /// Serves `files` at `/images/<name>` on 127.0.0.1, on a port the system picks. The
    /// thread answers `requests` requests, each on a scoped thread of its own, then ends.
    pub fn serve(
        files: Vec<(String, Vec<u8>)>,
        requests: usize,
    ) -> io::Result<(SocketAddr, JoinHandle<()>)> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let address = listener.local_addr()?;
        let server = thread::spawn(move || {
            thread::scope(|s| {
                for stream in listener.incoming().take(requests).flatten() {
                    let files = &files;
                    s.spawn(move || respond(stream, files));
                }
            });
        });
        Ok((address, server))
    }

    fn respond(mut stream: TcpStream, files: &[(String, Vec<u8>)]) -> io::Result<()> {
        // The request line, then header lines up to an empty line.
        let mut reader = BufReader::new(&stream);
        let mut request = String::new();
        reader.read_line(&mut request)?;
        let mut header = String::new();
        while reader.read_line(&mut header)? > 2 {
            header.clear();
        }
        let path = request.split_whitespace().nth(1).unwrap_or_default();
        let file = path
            .strip_prefix("/images/")
            .and_then(|wanted| files.iter().find(|(name, _)| name == wanted));
        let (status, body) = match file {
            Some((_, body)) => ("200 OK", &body[..]),
            None => ("404 Not Found", &b""[..]),
        };
        let length = body.len();
        write!(
            stream,
            "HTTP/1.1 {status}\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n"
        )?;
        stream.write_all(body)
    }

    /// Four small pictures in the PPM format (a text header, then red, green, blue bytes per
    /// pixel), made on the spot.
    pub fn images() -> Vec<(String, Vec<u8>)> {
        let colours = [
            ("red", 16, [255, 0, 0]),
            ("green", 24, [0, 255, 0]),
            ("blue", 32, [0, 0, 255]),
            ("white", 48, [255, 255, 255]),
        ];
        colours
            .into_iter()
            .map(|(colour, side, rgb)| {
                let mut bytes = format!("P6\n{side} {side}\n255\n").into_bytes();
                for _ in 0..side * side {
                    bytes.extend(rgb);
                }
                (format!("{colour}.ppm"), bytes)
            })
            .collect()
    }

    /// The 64-bit FNV-1a hash: a short checksum to compare files by.
    pub fn fnv1a(bytes: &[u8]) -> u64 {
        bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
        })
    }
}

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
