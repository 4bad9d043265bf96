use std::sync::mpsc;
use std::thread;

fn main() {
    let (log, log_lines) = mpsc::channel::<String>();

    // The logger writes every line it receives. Its loop ends when every sender
    // is gone and the channel is empty, so nothing sent is ever lost.
    let logger = thread::spawn(move || {
        let mut written = 0;
        for line in log_lines {
            println!("log: {line}");
            written += 1;
        }
        written
    });

    for step in 1..=3 {
        log.send(format!("step {step} done")).unwrap();
    }

    drop(log); // No more lines: the logger finishes what is queued, then ends.
    let written = logger.join().unwrap();
    println!("main: the logger wrote {written} lines");
}
