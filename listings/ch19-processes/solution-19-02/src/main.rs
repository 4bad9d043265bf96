use std::env;
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

use anyhow::bail;
use listing_19_02::spawn_all;
use solution_19_02::as_they_finish;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = env::args().skip(1).collect();
    match &args[..] {
        [] => bail!("usage: solution-19-02 COUNT... (a worker: solution-19-02 sum COUNT)"),
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
    // As each worker finishes, print its result, and keep the line in its input's place.
    let mut in_input_order = vec![String::new(); counts.len()];
    for (index, output) in as_they_finish(children) {
        let (count, output) = (&counts[index], output?);
        let sum = String::from_utf8_lossy(&output.stdout);
        let line = if output.status.success() {
            format!("sum {count} = {}", sum.trim())
        } else {
            format!("sum {count}: failed, {}", output.status)
        };
        println!("finished: {line}");
        in_input_order[index] = line;
    }
    println!("in input order:");
    for line in in_input_order {
        println!("{line}");
    }
    Ok(())
}
