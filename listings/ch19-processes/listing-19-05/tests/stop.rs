//! `stop` ends a child that would run for a minute and reaps it. This file holds one test, so
//! that its process has no other children than the one this test starts.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use book_support::{bounded, procs};
use listing_19_05::stop;

#[test]
#[cfg_attr(not(target_os = "linux"), ignore = "needs Linux's /proc")]
fn a_stopped_child_is_killed_and_reaped() {
    bounded(|| {
        let me = std::process::id();
        let mut child = Command::new(env!("CARGO_BIN_EXE_listing-19-05"))
            .arg("long")
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let pid = child.id();
        // Its first line: it is running, in its 60-second sleep.
        let mut line = String::new();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        stdout.read_line(&mut line).unwrap();
        assert_eq!(line, "started, done in 60 s\n");
        assert_eq!(procs::children_of(me), [pid]);

        let status = stop(child).unwrap();
        assert_eq!(status.code(), None, "{status}");
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            assert_eq!(status.signal(), Some(9), "{status}");
        }
        // Reaped: no /proc entry, not even a zombie's, and no child left.
        assert!(!procs::exists(pid), "{pid} is still in the process table");
        assert_eq!(procs::children_of(me), [] as [u32; 0]);
        // The child never got to its last line: its stdout ends here.
        line.clear();
        assert_eq!(stdout.read_line(&mut line).unwrap(), 0, "{line}");
    });
}
