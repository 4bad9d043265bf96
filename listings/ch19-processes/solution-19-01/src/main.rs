use std::env;
use std::io::{self, Read, Write};
use std::process::{Command, ExitCode, Stdio};

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.as_slice() {
        [] => parent(),
        // The worker role: the input arrives on stdin, the result leaves on stdout.
        [role] if role == "sum" => worker(),
        _ => fail("usage: solution-19-01 [sum]"),
    }
}

/// Reads COUNT from stdin, up to the end of the input, and prints 1 + ... + COUNT.
fn worker() -> ExitCode {
    let mut input = String::new();
    if let Err(e) = io::stdin().read_to_string(&mut input) {
        return fail(&format!("cannot read the input: {e}"));
    }
    let count = input.trim();
    match count.parse::<u64>() {
        Ok(count) => {
            println!("{}", (1..=count).sum::<u64>());
            ExitCode::SUCCESS
        }
        Err(_) => fail(&format!("COUNT must be a whole number, not `{count}`")),
    }
}

fn parent() -> ExitCode {
    let program = match env::current_exe() {
        Ok(program) => program,
        Err(e) => return fail(&format!("cannot find this program: {e}")),
    };
    // Start all four, each with its stdin, stdout and stderr piped to this process.
    let mut children = Vec::new();
    for count in ["100", "99", "98", "ninety"] {
        let child = Command::new(&program)
            .arg("sum")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn();
        let mut child = match child {
            Ok(child) => child,
            Err(e) => return fail(&format!("cannot start a process: {e}")),
        };
        // Write the input, then close the pipe by dropping our end: the worker reads up to
        // the end of its input, and there is no end while the pipe is open.
        let mut input = child.stdin.take().expect("stdin is piped");
        if let Err(e) = input.write_all(count.as_bytes()) {
            return fail(&format!("cannot send `{count}` to a worker: {e}"));
        }
        drop(input);
        children.push((count, child));
    }
    // Then collect each one's output: read its pipes to the end and wait for it to exit.
    let mut total = 0;
    for (count, child) in children {
        let output = match child.wait_with_output() {
            Ok(output) => output,
            Err(e) => return fail(&format!("cannot wait for a child: {e}")),
        };
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
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}
