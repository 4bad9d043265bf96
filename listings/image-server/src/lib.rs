//! The pictures that the downloads of Chapters 18, 20 and 24 fetch, served over HTTP on
//! 127.0.0.1, so that the listings need no network. It is not a lesson: the chapters name this
//! crate and do not show it.
//!
//! Chapters 18 and 20 use [`ImageServer::start`] and [`ImageServer::serving`], which answer
//! every request with its file at once. Chapter 24's tests (and its demo) script the answers,
//! per file and per request number, with [`ImageServer::scripted`]: delays, errors, bodies cut
//! short, hangs, and a gate that holds every answer until a number of requests are in flight;
//! [`ImageServer::stats`] says what the server saw. Every wait here is bounded, so that a client
//! that misbehaves fails its test within seconds instead of hanging it.

mod http;
mod script;

use http::{answer, head, head_with};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::Instant;

/// A file the server serves: its name, as in `/images/<name>`, and its bytes.
pub type File = (String, Vec<u8>);

/// A picture in the PPM format (a text header, then red, green and blue bytes per pixel, which
/// most image viewers open), `side` pixels square, all of colour `rgb`, named `{colour}.ppm`.
pub fn picture(colour: &str, side: usize, rgb: [u8; 3]) -> File {
    let mut bytes = format!("P6\n{side} {side}\n255\n").into_bytes();
    for _ in 0..side * side {
        bytes.extend(rgb);
    }
    (format!("{colour}.ppm"), bytes)
}

/// Four small pictures, made on the spot.
pub fn images() -> Vec<File> {
    vec![
        picture("red", 16, [255, 0, 0]),
        picture("green", 24, [0, 255, 0]),
        picture("blue", 32, [0, 0, 255]),
        picture("white", 48, [255, 255, 255]),
    ]
}

pub use script::{Answer, LIMIT, Script, Stats, TRICKLE_PIECES};

/// What the server's threads share: the files, the script, and what they have seen.
struct Shared {
    files: Vec<File>,
    script: Script,
    state: Mutex<State>,
    changed: Condvar,
}

#[derive(Default)]
struct State {
    stats: Stats,
    /// Requests that passed through the gate (or took their file), for the gate's count.
    arrivals: usize,
    completed: usize,
    /// Arrivals numbered below this one may go through the gate.
    gate_open_below: usize,
    released: bool,
}

/// A running server. Its thread answers every request, each on a thread of its own, for as long
/// as the process runs.
pub struct ImageServer {
    address: SocketAddr,
    names: Vec<String>,
    shared: Arc<Shared>,
}

impl ImageServer {
    /// Serves [`images`] at `/images/<name>` on a port that the system picks.
    pub fn start() -> io::Result<ImageServer> {
        ImageServer::serving(images())
    }

    /// Serves `files` instead: any path that is not one of them is `404 Not Found`.
    pub fn serving(files: Vec<File>) -> io::Result<ImageServer> {
        ImageServer::scripted(files, Script::new())
    }

    /// Serves `files`, answering as `script` says.
    pub fn scripted(files: Vec<File>, script: Script) -> io::Result<ImageServer> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let address = listener.local_addr()?;
        let names = files.iter().map(|(name, _)| name.clone()).collect();
        let shared = Arc::new(Shared {
            files,
            script,
            state: Mutex::new(State::default()),
            changed: Condvar::new(),
        });
        let serving = Arc::clone(&shared);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = Arc::clone(&serving);
                thread::spawn(move || respond(stream, &shared));
            }
        });
        Ok(ImageServer {
            address,
            names,
            shared,
        })
    }

    /// The URL of every file served, in order.
    pub fn urls(&self) -> Vec<String> {
        self.names.iter().map(|name| self.url(name)).collect()
    }

    /// The URL of `/images/<name>` on this server, whether it serves that file or not.
    pub fn url(&self, name: &str) -> String {
        format!("http://{}/images/{name}", self.address)
    }

    /// What the server has seen so far.
    pub fn stats(&self) -> Stats {
        self.shared.lock().stats.clone()
    }

    /// Waits until what the server has seen satisfies `done`, and returns it; panics, naming
    /// `what`, if that has not happened within [`LIMIT`].
    pub fn wait_until(&self, what: &str, done: impl Fn(&Stats) -> bool) -> Stats {
        let deadline = Instant::now() + LIMIT;
        let mut state = self.shared.lock();
        while !done(&state.stats) {
            let left = deadline.saturating_duration_since(Instant::now());
            assert!(
                !left.is_zero(),
                "the server did not see {what} within {LIMIT:?}: {:?}",
                state.stats
            );
            state = self.shared.changed.wait_timeout(state, left).unwrap().0;
        }
        state.stats.clone()
    }

    /// Lets every [`Answer::Held`] answer go, now and from now on.
    pub fn release(&self) {
        self.shared.lock().released = true;
        self.shared.changed.notify_all();
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Waits, at most [`LIMIT`], until `ready`; false if it never was.
    fn wait_for(&self, state: MutexGuard<'_, State>, ready: impl Fn(&State) -> bool) -> bool {
        let (mut state, timeout) = self
            .changed
            .wait_timeout_while(state, LIMIT, |state| !ready(state))
            .unwrap();
        if timeout.timed_out() {
            state.stats.timeouts += 1;
        }
        !timeout.timed_out()
    }

    /// A request has been read: counts it in flight, and says which request for `name` it is.
    fn arrive(&self, name: &str) -> usize {
        let mut state = self.lock();
        let stats = &mut state.stats;
        stats.in_flight += 1;
        stats.max_in_flight = stats.max_in_flight.max(stats.in_flight);
        let count = stats.requests.entry(name.to_owned()).or_default();
        *count += 1;
        let number = *count - 1;
        drop(state);
        self.changed.notify_all();
        number
    }

    /// Holds the answer until the gate opens for it; false if it did not within [`LIMIT`].
    fn pass_gate(&self, k: usize) -> bool {
        let mut state = self.lock();
        let number = state.arrivals;
        state.arrivals += 1;
        let left = self.files.len().saturating_sub(state.completed);
        if state.stats.in_flight >= k.min(left) {
            state.gate_open_below = state.arrivals;
            self.changed.notify_all();
        }
        self.wait_for(state, |state| number < state.gate_open_below)
    }
}

/// Counts a request out of flight when its answer is done, however it ends.
struct InFlight<'a>(&'a Shared);

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        let mut state = self.0.lock();
        state.stats.in_flight -= 1;
        state.completed += 1;
        drop(state);
        self.0.changed.notify_all();
    }
}

/// Reads a request's head (the request line, then header lines up to an empty one) and answers
/// with the file, or 404, and `Connection: close`; a scripted answer may differ.
fn respond(mut stream: TcpStream, shared: &Shared) -> io::Result<()> {
    let mut reader = BufReader::new(&stream);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let path = request.split_whitespace().nth(1).unwrap_or_default();
    let wanted = path.strip_prefix("/images/");
    let number = shared.arrive(wanted.unwrap_or(path));
    let _in_flight = InFlight(shared);
    let file = wanted.and_then(|wanted| shared.files.iter().find(|(name, _)| name == wanted));
    let Some((name, body)) = file else {
        return answer(&mut stream, 404, b"", None);
    };
    if shared.script.gate.is_some_and(|k| !shared.pass_gate(k)) {
        return answer(&mut stream, 503, b"", None);
    }
    let scripted = shared.script.answers.get(name);
    let scripted = scripted.and_then(|answers| answers.get(number));
    match scripted.unwrap_or(&Answer::File) {
        Answer::File => answer(&mut stream, 200, body, None),
        Answer::Delay(delay) => {
            thread::sleep(*delay);
            answer(&mut stream, 200, body, None)
        }
        Answer::Trickle(time) => {
            head(&mut stream, 200, body.len())?;
            let piece = body.len().div_ceil(TRICKLE_PIECES);
            for bytes in body.chunks(piece.max(1)) {
                thread::sleep(*time / TRICKLE_PIECES as u32);
                stream.write_all(bytes)?;
            }
            Ok(())
        }
        Answer::Status(status) => answer(&mut stream, *status, b"", None),
        Answer::Truncated => {
            answer(&mut stream, 200, &body[..body.len() / 2], Some(body.len()))?;
            stream.shutdown(Shutdown::Both)
        }
        Answer::Hang => {
            answer(&mut stream, 200, &body[..body.len() / 2], Some(body.len()))?;
            stream.set_read_timeout(Some(LIMIT))?;
            // Until the client closes its end (a read of 0 bytes) or the limit.
            let mut rest = [0; 512];
            while stream.read(&mut rest)? > 0 {}
            Ok(())
        }
        Answer::Held => {
            let released = shared.wait_for(shared.lock(), |state| state.released);
            let status = if released { 200 } else { 503 };
            answer(&mut stream, status, if released { body } else { b"" }, None)
        }
        Answer::RetryAfter(status, value) => head_with(
            &mut stream,
            *status,
            0,
            &format!("Retry-After: {value}\r\n"),
        ),
    }
}
