//! The command line of Chapter 24's downloads, which the chapter names and does not show:
//!
//! ```text
//! listing-24-0N [--jobs K] [--timeout SECONDS] [--grace SECONDS] [--out DIR] [URL_LIST_FILE]
//! ```
//!
//! Each listing says which options it takes ([`Cli::timeout`], [`Cli::grace`]); the others are
//! unknown to it. Everything is checked before anything is downloaded or written: a bad
//! option, a URL list with a line that is not an `http://` URL of a file, an empty list, two
//! URLs saved under the same name, an output directory that cannot be made or written. Each is
//! an error of one line. Without a URL list, the downloads come from a demo: a server in the
//! program's own process ([`image_server`]), so that `cargo run` needs no network; without
//! `--out` too, they go to `<temp_dir>/<listing>`, emptied first.
//!
//! The parsing is written out rather than left to `clap`: `clap`'s errors are several lines
//! (the error, the usage, a hint) with exit status 2, where the book's programs print one line,
//! `Error: …`, and exit with status 1; for five options, the plain loop is as short.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Result, anyhow, bail, ensure};
use image_server::{Answer, ImageServer, Script, images, picture};

/// How many downloads run at once unless `--jobs` says otherwise.
pub const JOBS: usize = 2;

/// What to download when no URL list is given: files served by a demo server started in this
/// process.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Demo {
    /// The four pictures of Chapters 18 and 20, each served at once.
    Pictures,
    /// The four pictures, where the first request for green.ppm gets `503 Service Unavailable`
    /// and the first for blue.ppm a body cut short: each is worth a second attempt.
    Flaky,
    /// Six pictures, each sent slowly over [`SLOW`]'s time (1 s or 1.5 s): time enough to press
    /// Ctrl-C in the middle.
    Slow,
    /// The four pictures, where the first request for green.ppm gets `503 Service Unavailable`
    /// with `Retry-After: 0` (no wait), and the first for blue.ppm a 503 without it.
    Busy,
}

/// The pictures of [`Demo::Slow`], with the time each one takes.
pub const SLOW: [(&str, usize, [u8; 3], Duration); 6] = [
    ("red", 16, [255, 0, 0], Duration::from_millis(1000)),
    ("green", 24, [0, 255, 0], Duration::from_millis(1500)),
    ("blue", 32, [0, 0, 255], Duration::from_millis(1000)),
    ("white", 48, [255, 255, 255], Duration::from_millis(1500)),
    ("black", 40, [0, 0, 0], Duration::from_millis(1000)),
    ("grey", 20, [128, 128, 128], Duration::from_millis(1500)),
];

/// The pictures of [`Demo::Slow`], as the demo serves them.
pub fn slow_pictures() -> Vec<image_server::File> {
    SLOW.iter()
        .map(|&(colour, side, rgb, _)| picture(colour, side, rgb))
        .collect()
}

impl Demo {
    fn start(self) -> std::io::Result<ImageServer> {
        match self {
            Demo::Pictures => ImageServer::start(),
            Demo::Flaky => ImageServer::scripted(
                images(),
                Script::new()
                    .answers("green.ppm", [Answer::Status(503)])
                    .answers("blue.ppm", [Answer::Truncated]),
            ),
            Demo::Slow => {
                let mut files = Vec::new();
                let mut script = Script::new();
                for (colour, side, rgb, time) in SLOW {
                    let file = picture(colour, side, rgb);
                    script = script.answers(&file.0, [Answer::Trickle(time)]);
                    files.push(file);
                }
                ImageServer::scripted(files, script)
            }
            Demo::Busy => ImageServer::scripted(
                images(),
                Script::new()
                    .answers("green.ppm", [Answer::RetryAfter(503, "0".to_owned())])
                    .answers("blue.ppm", [Answer::Status(503)]),
            ),
        }
    }
}

/// What a listing accepts on its command line, and its defaults.
#[derive(Clone, Debug)]
pub struct Cli {
    name: String,
    demo: Demo,
    timeout: Option<Duration>,
    grace: Option<Duration>,
}

/// A command line, checked: what to download, where to, and how.
pub struct Config {
    /// The URLs, in the list's order (each saved under its last segment, a name of its own).
    pub urls: Vec<String>,
    /// Where the files go: `--out`, or `<temp_dir>/<listing>`. It exists and can be written.
    pub out_dir: PathBuf,
    /// How many downloads run at once: `--jobs`, or [`JOBS`].
    pub jobs: usize,
    /// The time one attempt may take: `--timeout`, or the listing's default.
    pub timeout: Duration,
    /// The grace period after the first Ctrl-C: `--grace`, or the listing's default.
    pub grace: Duration,
    /// The demo server, without a URL list; it serves as long as the program runs.
    pub demo: Option<ImageServer>,
}

impl Cli {
    /// The command line of the listing `name` (`listing-24-01`), which takes `--jobs`, `--out`
    /// and a URL list, and downloads `demo` without one.
    pub fn new(name: &str, demo: Demo) -> Cli {
        Cli {
            name: name.to_owned(),
            demo,
            timeout: None,
            grace: None,
        }
    }

    /// Takes `--timeout SECONDS` too, the time one attempt may take, `default` without it.
    pub fn timeout(self, default: Duration) -> Cli {
        Cli {
            timeout: Some(default),
            ..self
        }
    }

    /// Takes `--grace SECONDS` too, the grace period after the first Ctrl-C, `default` without
    /// it.
    pub fn grace(self, default: Duration) -> Cli {
        Cli {
            grace: Some(default),
            ..self
        }
    }

    /// The usage line.
    pub fn usage(&self) -> String {
        let mut usage = format!("usage: {} [--jobs K]", self.name);
        if self.timeout.is_some() {
            usage += " [--timeout SECONDS]";
        }
        if self.grace.is_some() {
            usage += " [--grace SECONDS]";
        }
        usage + " [--out DIR] [URL_LIST_FILE]"
    }

    /// Parses and checks the program's own command line (`--help` prints the usage and exits).
    pub fn parse(self) -> Result<Config> {
        self.parse_from(std::env::args().skip(1))
    }

    /// Parses and checks `args` (without the program's name), in this order: the options, the
    /// URL list, then the output directory, which it makes if it has to: nothing is written
    /// unless everything else is right.
    pub fn parse_from(self, args: impl IntoIterator<Item = String>) -> Result<Config> {
        let mut args = args.into_iter();
        let (mut jobs, mut out, mut list) = (JOBS, None, None);
        let (mut timeout, mut grace) = (self.timeout, self.grace);
        while let Some(arg) = args.next() {
            if arg == "-h" || arg == "--help" {
                println!("{}", self.usage());
                std::process::exit(0);
            }
            if !arg.starts_with('-') || arg == "-" {
                if let Some(first) = list.replace(arg) {
                    bail!(
                        "one URL list at most, not {first} and more; {}",
                        self.usage()
                    );
                }
                continue;
            }
            let (option, value) = match arg.split_once('=') {
                Some((option, value)) => (option.to_owned(), Some(value.to_owned())),
                None => (arg, None),
            };
            let known = ["--jobs", "--out"].contains(&option.as_str())
                || (option == "--timeout" && timeout.is_some())
                || (option == "--grace" && grace.is_some());
            ensure!(known, "unknown option {option}; {}", self.usage());
            let Some(value) = value.or_else(|| args.next()) else {
                bail!("{option} needs a value; {}", self.usage());
            };
            match option.as_str() {
                "--jobs" => jobs = count(&option, &value)?,
                "--out" => out = Some(PathBuf::from(value)),
                "--timeout" => timeout = Some(seconds(&option, &value, false)?),
                _ => grace = Some(seconds(&option, &value, true)?),
            }
        }
        let (urls, demo) = match list {
            Some(list) => (read_urls(Path::new(&list))?, None),
            None => {
                let server = (self.demo.start())
                    .map_err(|e| anyhow!("cannot start the demo server: {e}"))?;
                (server.urls(), Some(server))
            }
        };
        // A demo without `--out` starts in an empty directory of its own: what an earlier run left
        // there (files, or the temporary file of a run that was killed) would muddle this one's.
        let emptied = demo.is_some() && out.is_none();
        let out_dir = out.unwrap_or_else(|| std::env::temp_dir().join(&self.name));
        if emptied && out_dir.exists() {
            fs::remove_dir_all(&out_dir)
                .map_err(|e| anyhow!("cannot empty the directory {}: {e}", out_dir.display()))?;
        }
        make_writable_dir(&out_dir)?;
        Ok(Config {
            urls,
            out_dir,
            jobs,
            timeout: timeout.unwrap_or_default(),
            grace: grace.unwrap_or_default(),
            demo,
        })
    }
}

/// A number of downloads at once: 1 or more.
fn count(option: &str, value: &str) -> Result<usize> {
    let Ok(count) = value.parse::<usize>() else {
        bail!("{option} takes a whole number, not {value:?}");
    };
    ensure!(count > 0, "{option} takes 1 or more, not {count}");
    Ok(count)
}

/// A time in seconds, such as `2` or `0.05`: more than 0, or 0 too where `zero` allows it.
fn seconds(option: &str, value: &str, zero: bool) -> Result<Duration> {
    let time = value.parse::<f64>().ok();
    let time = time.and_then(|seconds| Duration::try_from_secs_f64(seconds).ok());
    match time {
        Some(time) if zero || !time.is_zero() => Ok(time),
        _ => bail!("{option} takes a number of seconds, not {value:?}"),
    }
}

/// The URLs of the list at `path`, one a line (blank lines and `#` comments aside), each an
/// `http://` URL that ends with a file name of its own.
fn read_urls(path: &Path) -> Result<Vec<String>> {
    let shown = path.display();
    let text = fs::read_to_string(path).map_err(|e| anyhow!("cannot read {shown}: {e}"))?;
    let mut urls: Vec<(usize, String)> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let (number, url) = (index + 1, line.trim());
        if url.is_empty() || url.starts_with('#') {
            continue;
        }
        let host = url
            .strip_prefix("http://")
            .and_then(|rest| rest.split('/').next());
        let plain = !url.contains(char::is_whitespace);
        ensure!(
            plain && host.is_some_and(|host| !host.is_empty()),
            "{shown}:{number}: not an http URL: {url}"
        );
        let name = file_name(url);
        let named = url.matches('/').count() > 2 && !matches!(name, "" | "." | "..");
        ensure!(
            named && !name.contains(['?', '#']),
            "{shown}:{number}: no file name at the end of {url}"
        );
        if let Some((earlier, _)) = urls.iter().find(|(_, other)| file_name(other) == name) {
            bail!("{shown}:{number}: {name} again: line {earlier} saves to that name already");
        }
        urls.push((number, url.to_owned()));
    }
    ensure!(!urls.is_empty(), "{shown}: no URLs");
    Ok(urls.into_iter().map(|(_, url)| url).collect())
}

/// The name a URL is saved under, as the listings save it: its last segment.
fn file_name(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or_default()
}

/// Makes `dir` (and its parents) unless it exists, and checks that a file can be written in it:
/// a temporary one, removed at once. A directory made here is removed again if that fails.
fn make_writable_dir(dir: &Path) -> Result<()> {
    let shown = dir.display();
    let existed = dir.is_dir();
    fs::create_dir_all(dir).map_err(|e| anyhow!("cannot make the directory {shown}: {e}"))?;
    if let Err(error) = tempfile::tempfile_in(dir) {
        if !existed {
            let _ = fs::remove_dir(dir);
        }
        bail!("cannot write in {shown}: {error}");
    }
    Ok(())
}
