use std::env;
use std::io::{self, BufRead};
use std::process::{Command, Stdio};

use anyhow::bail;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = env::args().skip(1).collect();
    match &args[..] {
        [] => parent(),
        // The first stage: the numbers 1 to COUNT, one a line.
        [role, count] if role == "numbers" => match count.parse::<u64>() {
            Ok(count) => {
                (1..=count).for_each(|n| println!("{n}"));
                Ok(())
            }
            Err(_) => bail!("COUNT must be a whole number, not `{count}`"),
        },
        // The second stage: the sum of the numbers on stdin, to the end of the input.
        [role] if role == "sum" => {
            let mut sum = 0;
            for line in io::stdin().lock().lines() {
                let line = line?;
                match line.trim().parse::<u64>() {
                    Ok(n) => sum += n,
                    Err(_) => bail!("not a whole number: `{line}`"),
                }
            }
            println!("{sum}");
            Ok(())
        }
        _ => bail!("usage: listing-19-04 [numbers COUNT | sum]"),
    }
}

/// The shell's `listing-19-04 numbers 100 | listing-19-04 sum`.
fn parent() -> anyhow::Result<()> {
    let program = env::current_exe()?;
    let mut numbers = Command::new(&program)
        .args(["numbers", "100"])
        .stdout(Stdio::piped())
        .spawn()?;
    // The reading end of the first child's stdout becomes the second child's stdin.
    let pipe = numbers.stdout.take().expect("stdout is piped");
    let sum = Command::new(&program)
        .arg("sum")
        .stdin(Stdio::from(pipe))
        .stdout(Stdio::piped())
        .spawn()?;
    // Wait for both: the second one's output first, then the first one's exit.
    let output = sum.wait_with_output()?;
    let numbers_status = numbers.wait()?;
    let result = String::from_utf8_lossy(&output.stdout);
    println!("numbers 100 | sum: {}", result.trim());
    println!("numbers: {numbers_status}; sum: {}", output.status);
    Ok(())
}
