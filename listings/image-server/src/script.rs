//! What a scripted server answers, request by request, and what it counts.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use crate::File;

/// How the server answers one request for a file it serves.
#[derive(Clone, Debug, PartialEq)]
pub enum Answer {
    /// The file, at once.
    File,
    /// The file, after this delay.
    Delay(Duration),
    /// The file in [`TRICKLE_PIECES`] pieces, spread over this time.
    Trickle(Duration),
    /// This status (say 503) and an empty body.
    Status(u16),
    /// A `Content-Length` of the whole file, half of it, then the connection closes.
    Truncated,
    /// The headers and half the body, then nothing until the client closes the connection
    /// (or [`LIMIT`] has passed).
    Hang,
    /// The file, once the test calls [`ImageServer::release`] (or [`LIMIT`] has passed: then
    /// 503, counted in [`Stats::timeouts`]).
    Held,
    /// This status (say 503), a `Retry-After` header with this value (seconds, such as `"1"`,
    /// or anything else a test needs), and an empty body.
    RetryAfter(u16, String),
}

/// The pieces of an [`Answer::Trickle`].
pub const TRICKLE_PIECES: usize = 10;

/// The longest the server holds, hangs or waits for anything: a test that needs longer is wrong.
pub const LIMIT: Duration = Duration::from_secs(5);

/// How the server answers, file by file and request by request, for
/// [`ImageServer::scripted`].
#[derive(Clone, Debug, Default)]
pub struct Script {
    pub(crate) answers: HashMap<String, Vec<Answer>>,
    pub(crate) gate: Option<usize>,
}

impl Script {
    /// Every request answered with its file at once: what [`ImageServer::serving`] does.
    pub fn new() -> Script {
        Script::default()
    }

    /// The answers to the requests for `name`: the first to its first request, the second to
    /// its second, and [`Answer::File`] to every request after the last.
    pub fn answers(mut self, name: &str, answers: impl IntoIterator<Item = Answer>) -> Script {
        self.answers
            .insert(name.to_owned(), answers.into_iter().collect());
        self
    }

    /// The same answers for every file served: `answer` to each first request.
    pub fn first_answer_to_all(mut self, files: &[File], answer: Answer) -> Script {
        for (name, _) in files {
            self.answers.insert(name.clone(), vec![answer.clone()]);
        }
        self
    }

    /// A gate: every answer waits until `k` requests are in flight (or, towards the end, all
    /// the files not yet answered, when fewer than `k` are left). A client that keeps `k`
    /// downloads going passes it at once; one that keeps fewer waits for [`LIMIT`] and gets 503,
    /// counted in [`Stats::timeouts`]. With the gate, [`Stats::max_in_flight`] of a client that
    /// allows `k` at once is exactly `k`, however fast the machine. (It assumes that each file
    /// is requested once.)
    pub fn gate(mut self, k: usize) -> Script {
        self.gate = Some(k);
        self
    }
}

/// What the server has seen so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stats {
    /// Requests read and not yet answered in full (or, for a hang, not yet closed by the
    /// client).
    pub in_flight: usize,
    /// The most that were in flight at any one time.
    pub max_in_flight: usize,
    /// How many requests each name got, served or not.
    pub requests: BTreeMap<String, usize>,
    /// Answers that gave up waiting for the gate or for [`ImageServer::release`].
    pub timeouts: usize,
}

impl Stats {
    /// All the requests, for any name.
    pub fn total(&self) -> usize {
        self.requests.values().sum()
    }

    /// The requests for `name`.
    pub fn requests_for(&self, name: &str) -> usize {
        self.requests.get(name).copied().unwrap_or(0)
    }
}
