use std::env;
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

use anyhow::bail;
use listing_19_02::spawn_all;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = env::args().skip(1).collect();
    match &args[..] {
        [] => bail!("usage: exercise-19-02 COUNT... (a worker: exercise-19-02 sum COUNT)"),
        [role, count] if role == "sum" => worker(count),
        counts => parent(counts),
    }
}

/// The worker role, `sum COUNT`: work that takes COUNT milliseconds (a sleep stands for it),
/// then its result, 1 + ... + COUNT, on stdout.
fn worker(count: &str) -> anyhow::Result<()> {
    let Ok(count) = count.parse::<u64>() else {
        bail!("COUNT must be a whole number, not `{count}`");
    };
    thread::sleep(Duration::from_millis(count));
    println!("{}", (1..=count).sum::<u64>());
    Ok(())
}

/// One worker per COUNT on the command line, all running at the same time.
fn parent(counts: &[String]) -> anyhow::Result<()> {
    if let Some(bad) = counts.iter().find(|count| count.parse::<u64>().is_err()) {
        bail!("COUNT must be a whole number, not `{bad}`");
    }
    let program = env::current_exe()?;
    let children = spawn_all(counts.iter().map(|count| {
        let mut command = Command::new(&program);
        command.args(["sum", count]).stdout(Stdio::piped());
        command
    }))?;
    // The results in input order: wait for the first worker, then the second, ...
    for (count, child) in counts.iter().zip(children) {
        let output = child.wait_with_output()?;
        let sum = String::from_utf8_lossy(&output.stdout);
        if output.status.success() {
            println!("sum {count} = {}", sum.trim());
        } else {
            println!("sum {count}: failed, {}", output.status);
        }
    }
    Ok(())
}
