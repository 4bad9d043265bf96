use std::env;
use std::process::{Command, Stdio};

use anyhow::bail;
use listing_19_02::spawn_all;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = env::args().skip(1).collect();
    match &args[..] {
        [] => parent(),
        // The worker role: the input arrives as an argument, the result leaves on stdout.
        [role, count] if role == "sum" => match count.parse::<u64>() {
            Ok(count) => {
                println!("{}", (1..=count).sum::<u64>());
                Ok(())
            }
            Err(_) => bail!("COUNT must be a whole number, not `{count}`"),
        },
        _ => bail!("usage: exercise-19-01 [sum COUNT]"),
    }
}

fn parent() -> anyhow::Result<()> {
    let program = env::current_exe()?;
    let counts = ["100", "99", "98", "ninety"];
    // Start all four, each with its stdout and stderr piped back to this process.
    let children = spawn_all(counts.map(|count| {
        let mut command = Command::new(&program);
        command.args(["sum", count]);
        command.stdout(Stdio::piped()).stderr(Stdio::piped());
        command
    }))?;
    // Then collect each one's output: read its pipes to the end and wait for it to exit.
    let mut total = 0;
    for (count, child) in counts.into_iter().zip(children) {
        let output = child.wait_with_output()?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        match stdout.trim().parse::<u64>() {
            Ok(sum) if output.status.success() => {
                println!("sum {count}: 1 + ... + {count} = {sum}");
                total += sum;
            }
            _ => println!("sum {count}: failed, {}: {}", output.status, stderr.trim()),
        }
    }
    println!("total of the sums that worked: {total}");
    Ok(())
}
