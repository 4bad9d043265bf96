use std::env;
use std::process::{Command, ExitCode, Stdio};
use std::thread;
use std::time::Duration;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.as_slice() {
        [] => fail("usage: exercise-19-02 COUNT... (a worker: exercise-19-02 sum COUNT)"),
        [role, count] if role == "sum" => worker(count),
        counts => parent(counts),
    }
}

/// The worker role, `sum COUNT`: work that takes COUNT milliseconds (a sleep stands for it),
/// then its result, 1 + ... + COUNT, on stdout.
fn worker(count: &str) -> ExitCode {
    let Ok(count) = count.parse::<u64>() else {
        return fail(&format!("COUNT must be a whole number, not `{count}`"));
    };
    thread::sleep(Duration::from_millis(count));
    println!("{}", (1..=count).sum::<u64>());
    ExitCode::SUCCESS
}

/// One worker per COUNT on the command line, all running at the same time.
fn parent(counts: &[String]) -> ExitCode {
    if let Some(bad) = counts.iter().find(|count| count.parse::<u64>().is_err()) {
        return fail(&format!("COUNT must be a whole number, not `{bad}`"));
    }
    let program = match env::current_exe() {
        Ok(program) => program,
        Err(e) => return fail(&format!("cannot find this program: {e}")),
    };
    let mut children = Vec::new();
    for count in counts {
        let child = Command::new(&program)
            .args(["sum", count])
            .stdout(Stdio::piped())
            .spawn();
        match child {
            Ok(child) => children.push((count, child)),
            Err(e) => return fail(&format!("cannot start a process: {e}")),
        }
    }
    // The results in input order: wait for the first worker, then the second, ...
    for (count, child) in children {
        match child.wait_with_output() {
            Ok(output) if output.status.success() => {
                let sum = String::from_utf8_lossy(&output.stdout);
                println!("sum {count} = {}", sum.trim());
            }
            Ok(output) => println!("sum {count}: failed, {}", output.status),
            Err(e) => return fail(&format!("cannot wait for a child: {e}")),
        }
    }
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}
