//! Listing 19-5's `stop`: end a child process now, and leave no zombie behind.

use std::io;
use std::process::{Child, ExitStatus};

/// Kills `child` (on Unix, with SIGKILL) and waits for it, which reaps it.
pub fn stop(mut child: Child) -> io::Result<ExitStatus> {
    // `kill` only sends the signal, and succeeds too if the child has exited already.
    child.kill()?;
    // `wait` collects the exit status: after it, the child is gone from the process table.
    child.wait()
}
