//! The processes of this machine, as Linux's `/proc` shows them: the tests of the process
//! listings check that a child has been reaped (a zombie keeps its `/proc/<pid>` until its parent
//! waits for it) and that none is left behind.

use std::fs;
use std::path::Path;

/// Whether a process with this pid exists, running or as a zombie.
pub fn exists(pid: u32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
}

/// The pids of the processes whose parent is `parent`, running or zombies, sorted.
pub fn children_of(parent: u32) -> Vec<u32> {
    let Ok(entries) = fs::read_dir("/proc") else {
        return Vec::new();
    };
    let mut children: Vec<u32> = entries
        .flatten()
        .filter_map(|entry| {
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            // `pid (name) state ppid ...`; the name may hold spaces, so start after its `)`.
            let stat = fs::read_to_string(entry.path().join("stat")).ok()?;
            let ppid: u32 = stat
                .rsplit_once(')')?
                .1
                .split_whitespace()
                .nth(1)?
                .parse()
                .ok()?;
            (ppid == parent).then_some(pid)
        })
        .collect();
    children.sort();
    children
}
