//! Listing 19-2's `spawn_all`: start several processes, and leave none behind if one cannot start.

use std::io;
use std::process::{Child, Command};

/// Starts every command. If one cannot start, the children already started are killed and
/// waited for, so that none is left running or as a zombie, and the error is returned.
pub fn spawn_all(commands: impl IntoIterator<Item = Command>) -> io::Result<Vec<Child>> {
    let mut children = Vec::new();
    for mut command in commands {
        match command.spawn() {
            Ok(child) => children.push(child),
            Err(error) => {
                for mut child in children {
                    let _ = child.kill();
                    let _ = child.wait();
                }
                return Err(error);
            }
        }
    }
    Ok(children)
}
