use std::env;
use std::process::{Command, ExitCode, Stdio};

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.as_slice() {
        [] => parent(),
        // The worker role: the input arrives as an argument, the result leaves on stdout.
        [role, count] if role == "sum" => match count.parse::<u64>() {
            Ok(count) => {
                println!("{}", (1..=count).sum::<u64>());
                ExitCode::SUCCESS
            }
            Err(_) => fail(&format!("COUNT must be a whole number, not `{count}`")),
        },
        _ => fail("usage: exercise-19-01 [sum COUNT]"),
    }
}

fn parent() -> ExitCode {
    let program = match env::current_exe() {
        Ok(program) => program,
        Err(e) => return fail(&format!("cannot find this program: {e}")),
    };
    // Start all four, each with its stdout and stderr piped back to this process.
    let mut children = Vec::new();
    for count in ["100", "99", "98", "ninety"] {
        let child = Command::new(&program)
            .args(["sum", count])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn();
        match child {
            Ok(child) => children.push((count, child)),
            Err(e) => return fail(&format!("cannot start a process: {e}")),
        }
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
