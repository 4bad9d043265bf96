// ANCHOR: main
use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::{self, ExitCode};

use pool::ThreadPool;
use web::{download, images, serve};

fn main() -> ExitCode {
    // With a directory argument the files are written there and kept; without one, into a
    // fresh temporary directory that is removed at the end.
    let args: Vec<String> = env::args().skip(1).collect();
    let (dir, keep) = match args.as_slice() {
        [] => (
            env::temp_dir().join(format!("listing-18-04-{}", process::id())),
            false,
        ),
        [dir] if fs::metadata(dir).is_ok_and(|m| m.is_dir()) => (PathBuf::from(dir), true),
        [dir] => return fail(&format!("{dir} is not a directory")),
        _ => return fail("usage: listing-18-04 [DIR]"),
    };
    let created = if keep { Ok(()) } else { fs::create_dir(&dir) };
    if let Err(e) = created {
        return fail(&format!("cannot create {}: {e}", dir.display()));
    }

    // The "images", served on 127.0.0.1 by a thread of this program.
    let files = images();
    let (address, server) = match serve(files.clone(), files.len()) {
        Ok(server) => server,
        Err(e) => return fail(&format!("cannot start the server: {e}")),
    };
    let urls: Vec<String> = files
        .iter()
        .map(|(name, _)| format!("http://{address}/images/{name}"))
        .collect();

    // `executor.map(download_img, urls)`: four downloads at the same time, results in order.
    let pool = ThreadPool::new(4);
    let target = dir.clone();
    let mut failures = 0;
    for result in pool.map(move |url: String| download(&url, &target), urls) {
        match result {
            Ok(Ok(message)) => println!("{message}"),
            Ok(Err(error)) => {
                eprintln!("error: {error}");
                failures += 1;
            }
            Err(panic) => {
                eprintln!("error: {panic}");
                failures += 1;
            }
        }
    }
    drop(pool);

    if keep {
        println!("the files are in {}", dir.display());
    } else {
        let _ = fs::remove_dir_all(&dir);
        println!("the temporary directory is removed");
    }
    if failures > 0 {
        return ExitCode::FAILURE;
    }
    // Every URL was requested, so the server has served them all and ends.
    server.join().unwrap();
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}
// ANCHOR_END: main

// ANCHOR: web
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
// ANCHOR_END: web

// The ThreadPool of Listing 18-2, unchanged.
mod pool {
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
