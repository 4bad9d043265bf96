//! What the tests of Chapter 24's downloads share: a directory of their own, a URL list, the
//! files a run left, and a program that runs while the test watches its stderr and sends it
//! signals (a real Ctrl-C is a `SIGINT`).

use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Instant;

use crate::run::{Output, TIMEOUT, normalise};

/// A directory of its own for one test, `name` in `tmp` (the test's `CARGO_TARGET_TMPDIR`),
/// empty.
pub fn fresh_dir(tmp: &str, name: &str) -> PathBuf {
    let dir = Path::new(tmp).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

/// Writes `urls`, one a line, to `urls.txt` in `dir`, and returns its path as a string.
pub fn url_list(dir: &Path, urls: &[String]) -> String {
    let path = dir.join("urls.txt");
    fs::write(&path, urls.join("\n") + "\n").unwrap();
    path.to_str().expect("a UTF-8 path").to_owned()
}

/// The names of the files in `dir`, sorted; none if it does not exist.
pub fn files_in(dir: &Path) -> Vec<String> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Asserts that `dir` holds exactly the files `expected`, byte for byte, and nothing else (no
/// temporary file, no partial one).
pub fn assert_files_are(dir: &Path, expected: &[&(String, Vec<u8>)]) {
    let mut names: Vec<&str> = expected.iter().map(|(name, _)| name.as_str()).collect();
    names.sort();
    assert_eq!(files_in(dir), names, "the files in {}", dir.display());
    for (name, bytes) in expected {
        let written = fs::read(dir.join(name)).unwrap();
        assert!(written == *bytes, "{name} is not what was served");
    }
}

/// The lines of `output` that start with `prefix`, sorted: progress lines that tasks print in
/// any order.
pub fn sorted_lines_starting_with(output: &str, prefix: &str) -> Vec<String> {
    let mut lines: Vec<String> = output
        .lines()
        .filter(|line| line.starts_with(prefix))
        .map(str::to_owned)
        .collect();
    lines.sort();
    lines
}

/// The run of a demo of four files in which two are retried once, as a terminal shows it: the
/// first line, `downloading 4 files into …/{program}, 2 at a time`; the progress on stderr in
/// any order, but each file's retry before it is done, with exactly the `retries` given; every
/// one of `files` done, with its size; then the report on stdout. (Listings 24-2 and 24-3, and
/// Exercise 24-2 and its solution.)
pub fn assert_retry_demo(
    output: &str,
    program: &str,
    files: &[(String, Vec<u8>)],
    retries: [&str; 2],
) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 9, "{output}");
    let first = lines[0];
    assert!(
        first.starts_with("downloading 4 files into ")
            && first.ends_with(&format!("{program}, 2 at a time")),
        "{first}"
    );
    let mut retried = retries.map(str::to_owned).to_vec();
    retried.sort();
    assert_eq!(
        sorted_lines_starting_with(output, "retry "),
        retried,
        "{output}"
    );
    let mut done: Vec<String> = files
        .iter()
        .map(|(name, bytes)| format!("done {name} ({} bytes)", bytes.len()))
        .collect();
    done.sort();
    assert_eq!(
        sorted_lines_starting_with(output, "done "),
        done,
        "{output}"
    );
    for retry in retries {
        let name = retry.split(' ').nth(1).unwrap();
        let at = |prefix: &str| lines.iter().position(|l| l.starts_with(prefix)).unwrap();
        assert!(
            at(&format!("retry {name} ")) < at(&format!("done {name} ")),
            "{output}"
        );
    }
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    let downloaded = format!("downloaded 4: {}", names.join(", "));
    assert_eq!(lines[7..], [downloaded.as_str(), "failed 0"], "{output}");
}

/// The names of a report line `{what} N: a, b` (N checked against them), or none for
/// `{what} 0`.
pub fn report_names<'a>(line: &'a str, what: &str) -> Vec<&'a str> {
    let rest = line
        .strip_prefix(what)
        .unwrap_or_else(|| panic!("{line:?}"));
    match rest.split_once(": ") {
        Some((count, names)) => {
            let names: Vec<&str> = names.split(", ").collect();
            assert_eq!(count.parse::<usize>().unwrap(), names.len(), "{line}");
            names
        }
        None => {
            assert_eq!(rest, "0", "{line}");
            Vec::new()
        }
    }
}

/// A program running while the test watches it: it reads the program's stderr line by line as
/// it comes, and can send it signals. Killed if the test fails before it has finished.
pub struct Running {
    child: Child,
    started: Instant,
    stderr: Receiver<String>,
    seen: Vec<String>,
}

impl Running {
    /// Starts `command` with stdin empty and both outputs captured, as
    /// [`crate::run_command`] does.
    pub fn start(mut command: Command) -> Running {
        let mut child = command
            .env("RUST_LIB_BACKTRACE", "0")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {:?}: {e}", command.get_program()));
        let (lines, stderr) = mpsc::channel();
        let pipe = child.stderr.take().expect("stderr is piped");
        thread::spawn(move || {
            for line in BufReader::new(pipe).lines() {
                let Ok(line) = line else { break };
                if lines.send(line).is_err() {
                    break;
                }
            }
        });
        Running {
            child,
            started: Instant::now(),
            stderr,
            seen: Vec::new(),
        }
    }

    /// Waits for the first line on stderr, from here on, that satisfies `wanted`, and returns it;
    /// panics if the program ends, or [`TIMEOUT`] passes, without printing it.
    pub fn wait_for_stderr(&mut self, what: &str, wanted: impl Fn(&str) -> bool) -> String {
        loop {
            let left = TIMEOUT.saturating_sub(self.started.elapsed());
            let Ok(line) = self.stderr.recv_timeout(left) else {
                panic!(
                    "no line {what} on stderr; it printed:\n{}",
                    self.seen.join("\n")
                );
            };
            self.seen.push(line.clone());
            if wanted(&line) {
                return line;
            }
        }
    }

    /// Sends the program `SIGINT`, as Ctrl-C in a terminal does.
    #[cfg(unix)]
    pub fn interrupt(&self) {
        let pid = i32::try_from(self.child.id()).expect("a pid is an i32");
        // SAFETY: kill(2) only sends a signal, to the child this test started and has not
        // waited for yet (so its pid is not reused).
        let sent = unsafe { libc::kill(pid, libc::SIGINT) };
        assert_eq!(sent, 0, "cannot send SIGINT");
    }

    /// Sending `SIGINT` needs Unix: a test that calls this elsewhere fails here (and is marked
    /// `ignore` there).
    #[cfg(not(unix))]
    pub fn interrupt(&self) {
        panic!("SIGINT is a Unix signal");
    }

    /// Waits for the program to end (within [`TIMEOUT`] of its start) and returns what it
    /// printed: stderr is every line, those already read by [`Running::wait_for_stderr`] too.
    pub fn finish(mut self) -> Output {
        let mut stdout = self.child.stdout.take().expect("stdout is piped");
        let reading = thread::spawn(move || {
            let mut text = String::new();
            let _ = stdout.read_to_string(&mut text);
            text
        });
        let status = loop {
            if let Some(status) = self.child.try_wait().expect("cannot wait for the child") {
                break status;
            }
            assert!(
                self.started.elapsed() < TIMEOUT,
                "the program did not end within {TIMEOUT:?}; stderr:\n{}",
                self.seen.join("\n")
            );
            thread::sleep(std::time::Duration::from_millis(5));
        };
        let stdout = reading.join().unwrap();
        let mut stderr: Vec<String> = std::mem::take(&mut self.seen);
        stderr.extend(self.stderr.iter());
        let stderr = stderr.iter().map(|line| format!("{line}\n")).collect();
        Output {
            status,
            stdout: normalise(&stdout),
            stderr,
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}
