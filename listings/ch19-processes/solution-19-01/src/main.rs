use std::env;
use std::io::{self, Read, Write};
use std::process::{Command, Stdio};

use anyhow::bail;
use listing_19_02::spawn_all;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = env::args().skip(1).collect();
    match &args[..] {
        [] => parent(),
        // The worker role: the input arrives on stdin, the result leaves on stdout.
        [role] if role == "sum" => worker(),
        _ => bail!("usage: solution-19-01 [sum]"),
    }
}

/// Reads COUNT from stdin, up to the end of the input, and prints 1 + ... + COUNT.
fn worker() -> anyhow::Result<()> {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input)?;
    let count = input.trim();
    match count.parse::<u64>() {
        Ok(count) => {
            println!("{}", (1..=count).sum::<u64>());
            Ok(())
        }
        Err(_) => bail!("COUNT must be a whole number, not `{count}`"),
    }
}

fn parent() -> anyhow::Result<()> {
    let program = env::current_exe()?;
    let counts = ["100", "99", "98", "ninety"];
    // Start all four, each with its stdin, stdout and stderr piped to this process.
    let mut children = spawn_all(counts.map(|_| {
        let mut command = Command::new(&program);
        command.arg("sum");
        command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command
    }))?;
    // Write each worker's input, then close the pipe by dropping our end: the worker reads up
    // to the end of its input, and there is no end while the pipe is open.
    for (count, child) in counts.iter().zip(&mut children) {
        let mut input = child.stdin.take().expect("stdin is piped");
        input.write_all(count.as_bytes())?;
    }
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
