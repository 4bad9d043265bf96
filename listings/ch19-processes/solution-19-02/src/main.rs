use std::env;
use std::io;
use std::process::{Child, Command, ExitCode, Output, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::Duration;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    match args.as_slice() {
        [] => fail("usage: solution-19-02 COUNT... (a worker: solution-19-02 sum COUNT)"),
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
    // As each worker finishes, print its result, and keep the line in its input's place.
    let (counts, children): (Vec<&String>, Vec<Child>) = children.into_iter().unzip();
    let mut in_input_order = vec![String::new(); counts.len()];
    for (index, output) in as_they_finish(children) {
        let count = counts[index];
        let line = match output {
            Ok(output) if output.status.success() => {
                let sum = String::from_utf8_lossy(&output.stdout);
                format!("sum {count} = {}", sum.trim())
            }
            Ok(output) => format!("sum {count}: failed, {}", output.status),
            Err(e) => format!("sum {count}: cannot wait for the worker: {e}"),
        };
        println!("finished: {line}");
        in_input_order[index] = line;
    }
    println!("in input order:");
    for line in in_input_order {
        println!("{line}");
    }
    ExitCode::SUCCESS
}

/// Waits for all the children at once, on a thread each, and hands back `(index, output)`
/// pairs in the order the children finish: Python's `as_completed`, for processes.
pub fn as_they_finish(children: Vec<Child>) -> Receiver<(usize, io::Result<Output>)> {
    let (finished_tx, finished) = mpsc::channel();
    for (index, child) in children.into_iter().enumerate() {
        let finished_tx = finished_tx.clone();
        // `wait_with_output` blocks until this child has exited: it blocks only its thread.
        thread::spawn(move || {
            let _ = finished_tx.send((index, child.wait_with_output()));
        });
    }
    // Only the threads hold senders now: the receiver's iteration ends after the last child.
    finished
}

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(2)
}
