use std::env;
use std::process::{Command, ExitCode};
use std::thread;
use std::time::Duration;

/// The lesson's task. The course sleeps one second; 250 ms is enough to see the overlap.
fn task(name: &str, count: u64) {
    println!("{name} - start");
    let result: u64 = (1..=count).sum();
    thread::sleep(Duration::from_millis(250));
    println!("{name} - end with {result}");
}

fn main() -> ExitCode {
    // The same program plays two roles, chosen by its arguments.
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
        _ => fail("usage: listing-19-01 [task NAME COUNT]"),
    }
}

/// `Process(target=task, args=("A", 100))`, `start()`, `join()`.
fn parent() -> ExitCode {
    let program = match env::current_exe() {
        Ok(program) => program,
        Err(e) => return fail(&format!("cannot find this program: {e}")),
    };
    // Start this same program again, in the worker role: like `start()`.
    let mut child = match Command::new(program).args(["task", "A", "100"]).spawn() {
        Ok(child) => child,
        Err(e) => return fail(&format!("cannot start a process: {e}")),
    };
    // Wait until it has exited: like `join()`.
    match child.wait() {
        Ok(status) => println!("the child process exited: {status}"),
        Err(e) => return fail(&format!("cannot wait for the child: {e}")),
    }
    println!("Main process over");
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}
