//! The real program, stopped by a real SIGINT, as Ctrl-C in a terminal stops it.

use book_support::{assert_book_output, bounded};
use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_listing-23-11");

/// Kills the program if the test fails before it has exited (a shutdown that hangs, say).
struct KillUnlessDone(i32);

impl Drop for KillUnlessDone {
    fn drop(&mut self) {
        if std::thread::panicking() {
            unsafe { libc::kill(self.0, libc::SIGKILL) };
        }
    }
}

/// Runs the program, waits until it says it is ready (its handler is installed by then), sends
/// it SIGINT, and checks that it shut down cleanly: every worker reported, exit status 0.
#[test]
#[cfg_attr(not(unix), ignore = "sends SIGINT, a Unix signal")]
fn ctrl_c_shuts_the_program_down_cleanly() {
    let mut child = Command::new(BIN)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cannot start the listing");
    let pid = i32::try_from(child.id()).expect("a pid is an i32");
    let _guard = KillUnlessDone(pid);
    let (status, stdout, stderr) = bounded(move || {
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut printed = String::new();
        stdout.read_line(&mut printed).unwrap();
        assert_eq!(printed, "ready: press Ctrl-C to stop\n");
        assert_eq!(
            unsafe { libc::kill(pid, libc::SIGINT) },
            0,
            "cannot send SIGINT"
        );
        stdout.read_to_string(&mut printed).unwrap();
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        (child.wait().unwrap(), printed, stderr)
    });
    assert!(status.success(), "{status}\n{stderr}");
    assert_eq!(stderr, "");
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &stdout);
}
