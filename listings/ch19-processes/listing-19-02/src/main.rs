use std::env;
use std::fs;
use std::process::{self, Command};
use std::thread;
use std::time::Duration;

use anyhow::bail;
use listing_19_02::spawn_all;

/// The lesson's task, as in Listing 19-1.
fn task(name: &str, count: u64) {
    println!("{name} - start");
    let result: u64 = (1..=count).sum();
    thread::sleep(Duration::from_millis(250));
    println!("{name} - end with {result}");
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = env::args().skip(1).collect();
    match &args[..] {
        [] => parent(),
        [role, name, count] if role == "task" => match count.parse() {
            Ok(count) => {
                task(name, count);
                Ok(())
            }
            Err(_) => bail!("COUNT must be a whole number, not `{count}`"),
        },
        _ => bail!("usage: listing-19-02 [task NAME COUNT]"),
    }
}

fn parent() -> anyhow::Result<()> {
    let program = env::current_exe()?;
    // Start all three, then wait for all three: they run at the same time.
    let tasks = [("A", "100"), ("B", "99"), ("C", "98")];
    let children = spawn_all(tasks.map(|(name, count)| {
        let mut command = Command::new(&program);
        command.args(["task", name, count]);
        command
    }))?;
    match count_children() {
        Some(n) => println!(
            "main: this program is {} processes, this one and {n} children",
            n + 1
        ),
        None => println!("main: no /proc here to count the processes in"),
    }
    for mut child in children {
        child.wait()?;
    }
    println!("Main process over");
    Ok(())
}

/// How many processes have this one as their parent, from Linux's `/proc`; `None` without it.
fn count_children() -> Option<usize> {
    let me = process::id().to_string();
    let children = fs::read_dir("/proc").ok()?.flatten().filter(|process| {
        let stat = fs::read_to_string(process.path().join("stat")).unwrap_or_default();
        // `pid (name) state ppid ...`: the name may hold spaces, so start after its `)`.
        let after_name = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
        after_name.split_whitespace().nth(1) == Some(me.as_str())
    });
    Some(children.count())
}
