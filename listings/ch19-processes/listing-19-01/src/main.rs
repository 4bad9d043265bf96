use std::env;
use std::process::Command;
use std::thread;
use std::time::Duration;

use anyhow::bail;

/// The lesson's task. The course sleeps one second; 250 ms is enough to see the overlap.
fn task(name: &str, count: u64) {
    println!("{name} - start");
    let result: u64 = (1..=count).sum();
    thread::sleep(Duration::from_millis(250));
    println!("{name} - end with {result}");
}

fn main() -> anyhow::Result<()> {
    // The same program plays two roles, chosen by its arguments.
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
        _ => bail!("usage: listing-19-01 [task NAME COUNT]"),
    }
}

/// `Process(target=task, args=("A", 100))`, `start()`, `join()`.
fn parent() -> anyhow::Result<()> {
    // Start this same program again, in the worker role: like `start()`.
    let mut child = Command::new(env::current_exe()?)
        .args(["task", "A", "100"])
        .spawn()?;
    // Wait until it has exited: like `join()`.
    let status = child.wait()?;
    println!("the child process exited: {status}");
    println!("Main process over");
    Ok(())
}
