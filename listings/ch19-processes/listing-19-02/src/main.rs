use std::env;
use std::fs;
use std::path::Path;
use std::process::{self, Command, ExitCode};
use std::thread;
use std::time::Duration;

/// The lesson's task, as in Listing 19-1.
fn task(name: &str, count: u64) {
    println!("{name} - start");
    let result: u64 = (1..=count).sum();
    thread::sleep(Duration::from_millis(250));
    println!("{name} - end with {result}");
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.as_slice() {
        [] => parent(),
        [role, name, count] if role == "task" => match count.parse() {
            Ok(count) => {
                task(name, count);
                ExitCode::SUCCESS
            }
            Err(_) => fail(&format!("COUNT must be a whole number, not `{count}`")),
        },
        _ => fail("usage: listing-19-02 [task NAME COUNT]"),
    }
}

fn parent() -> ExitCode {
    let program = match env::current_exe() {
        Ok(program) => program,
        Err(e) => return fail(&format!("cannot find this program: {e}")),
    };
    // Start all three, then wait for all three: they run at the same time.
    let mut children = Vec::new();
    for (name, count) in [("A", "100"), ("B", "99"), ("C", "98")] {
        match Command::new(&program).args(["task", name, count]).spawn() {
            Ok(child) => children.push(child),
            Err(e) => return fail(&format!("cannot start a process: {e}")),
        }
    }

    // While they run: which processes make up this program?
    match child_commands() {
        Some(commands) => {
            println!("main: {} processes run this program:", 1 + commands.len());
            println!(
                "main:   {} (this one)",
                command_line(Path::new("/proc/self"))
            );
            for command in commands {
                println!("main:   {command}");
            }
        }
        None => println!("main: no /proc here to list the processes from"),
    }

    for mut child in children {
        if let Err(e) = child.wait() {
            return fail(&format!("cannot wait for a child: {e}"));
        }
    }
    println!("Main process over");
    ExitCode::SUCCESS
}

/// The command lines of this process's children, sorted, read from Linux's `/proc`: every
/// `/proc/<pid>/stat` whose parent pid is ours. `None` where there is no `/proc`.
fn child_commands() -> Option<Vec<String>> {
    let me = process::id();
    let mut commands = Vec::new();
    for entry in fs::read_dir("/proc").ok()?.flatten() {
        let path = entry.path();
        // `pid (name) state ppid ...`; the name may hold spaces, so start after its `)`.
        let Ok(stat) = fs::read_to_string(path.join("stat")) else {
            continue; // not a process, or one that has just gone
        };
        let parent = stat
            .rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().nth(1))
            .and_then(|ppid| ppid.parse::<u32>().ok());
        if parent == Some(me) {
            commands.push(command_line(&path));
        }
    }
    commands.sort();
    Some(commands)
}

/// `/proc/<pid>/cmdline`, NUL-separated arguments, shown with the program's file name only.
fn command_line(process: &Path) -> String {
    // A process started a moment ago may not have its command line yet: give it a moment.
    for _ in 0..100 {
        let raw = fs::read_to_string(process.join("cmdline")).unwrap_or_default();
        let mut words: Vec<&str> = raw.split('\0').filter(|w| !w.is_empty()).collect();
        if let Some(program) = words.first_mut() {
            *program = program.rsplit('/').next().unwrap_or(program);
            return words.join(" ");
        }
        thread::sleep(Duration::from_millis(1));
    }
    String::from("(no command line)")
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}
