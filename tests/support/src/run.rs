//! Running a listing's real binary under a timeout, so a deadlocked listing fails its test within
//! seconds instead of hanging the suite.

use std::io::Read;
use std::panic::{self, AssertUnwindSafe};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// How long any listing may run. Generous for a loaded 2-core machine, short enough that a
/// deadlock is reported quickly.
pub const TIMEOUT: Duration = Duration::from_secs(20);

/// What a finished run printed.
#[derive(Debug)]
pub struct Output {
    pub status: ExitStatus,
    /// Standard output, line endings normalised to `\n`.
    pub stdout: String,
    /// Standard error, line endings normalised to `\n`.
    pub stderr: String,
}

/// Compiles the `src/main.rs` of the listing in `manifest_dir` with `rustc --edition=2021` into
/// `tmp_dir` (the test's `CARGO_TARGET_TMPDIR`), runs it, and checks that it exited successfully:
/// for a listing whose lesson is what an edition changed. (The file must use std only.)
pub fn run_as_edition_2021(manifest_dir: &str, tmp_dir: &str) -> Output {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let source = std::path::Path::new(manifest_dir).join("src/main.rs");
    let name = std::path::Path::new(manifest_dir)
        .file_name()
        .unwrap_or_default()
        .to_string_lossy();
    let binary = std::path::Path::new(tmp_dir).join(format!("{name}-edition-2021"));
    let binary = binary.to_str().expect("a UTF-8 path");
    run(
        &rustc,
        &[
            "--edition=2021",
            "-o",
            binary,
            source.to_str().expect("a UTF-8 path"),
        ],
    );
    run(binary, &[])
}

/// Runs `bin` with `args` and checks that it exited successfully.
pub fn run(bin: &str, args: &[&str]) -> Output {
    let output = run_unchecked(bin, args);
    assert!(
        output.status.success(),
        "`{}` exited with {}\n--- stderr ---\n{}",
        name(bin),
        output.status,
        output.stderr
    );
    output
}

/// Runs `bin` with `args`, whatever its exit status; panics only when it does not finish.
pub fn run_unchecked(bin: &str, args: &[&str]) -> Output {
    let mut command = Command::new(bin);
    command.args(args);
    run_command(command)
}

/// Runs `command` (set up by the caller: arguments, environment, directory), whatever its exit
/// status, with stdin empty and both outputs captured; panics only when it does not finish.
pub fn run_command(mut command: Command) -> Output {
    let bin = command.get_program().to_string_lossy().into_owned();
    let bin = bin.as_str();
    let mut child = command
        // Errors returned from `main` (anyhow's) print without a backtrace, as they do for a
        // reader who has not set RUST_BACKTRACE; panics still follow RUST_BACKTRACE.
        .env("RUST_LIB_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start `{bin}`: {e}"));
    let stdout = drain(child.stdout.take().expect("stdout is piped"));
    let stderr = drain(child.stderr.take().expect("stderr is piped"));
    let status = wait_or_kill(&mut child, TIMEOUT);
    let (stdout, stderr) = (stdout.join().unwrap(), stderr.join().unwrap());
    let Some(status) = status else {
        panic!(
            "`{}` did not finish within {} s and was killed: a deadlock, or a thread that never \
             ends?\n--- stdout so far ---\n{stdout}\n--- stderr so far ---\n{stderr}",
            name(bin),
            TIMEOUT.as_secs()
        );
    };
    Output {
        status,
        stdout,
        stderr,
    }
}

/// Runs `bin` with bad `args` (and an empty stdin) and checks that it refused them as a listing
/// must: the one line `stderr` on standard error, nothing on standard output, and exit status 1.
pub fn assert_one_line_error(bin: &str, args: &[&str], stderr: &str) {
    let output = run_unchecked(bin, args);
    assert_eq!(output.stderr, stderr, "`{}` with {args:?}", name(bin));
    assert!(
        output.stdout.is_empty(),
        "`{}` with {args:?} printed:\n{}",
        name(bin),
        output.stdout
    );
    assert_eq!(
        output.status.code(),
        Some(1),
        "`{}` with {args:?}",
        name(bin)
    );
}

/// Runs `test` on a thread of its own and returns what it returns, or fails once [`TIMEOUT`] has
/// passed: a test of a pool or a queue that deadlocks fails instead of hanging the suite.
pub fn bounded<T: Send + 'static>(test: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, finished) = mpsc::sync_channel(1);
    thread::spawn(move || done.send(panic::catch_unwind(AssertUnwindSafe(test))));
    match finished.recv_timeout(TIMEOUT) {
        Ok(Ok(value)) => value,
        // The test failed on its thread: fail here with the same panic.
        Ok(Err(payload)) => panic::resume_unwind(payload),
        Err(_) => panic!(
            "the test did not finish within {} s: a deadlock?",
            TIMEOUT.as_secs()
        ),
    }
}

/// Reads a pipe to its end on its own thread (so neither pipe can fill up and block the child).
fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        normalise(&String::from_utf8_lossy(&bytes))
    })
}

/// The exit status, or `None` if the child had to be killed at the deadline.
fn wait_or_kill(child: &mut Child, timeout: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait().expect("cannot wait for child") {
            return Some(status);
        }
        if Instant::now() >= deadline {
            kill_process_group(child);
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        thread::sleep(Duration::from_millis(5));
    }
}

/// Kills the process group that `child` leads, if it leads one (a command started with
/// `CommandExt::process_group(0)`, as the Python tests start theirs): the processes it started
/// hold its pipes open, and would keep the run waiting after the child itself is killed.
fn kill_process_group(child: &Child) {
    if cfg!(unix) {
        let group = format!("-{}", child.id());
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stderr(Stdio::null())
            .status();
    }
}

/// `\r\n` → `\n`, so output compares the same on every platform.
pub fn normalise(text: &str) -> String {
    text.replace("\r\n", "\n")
}

fn name(bin: &str) -> &str {
    std::path::Path::new(bin)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or(bin)
}
