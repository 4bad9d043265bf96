use std::sync::mpsc::{self, SyncSender, TrySendError};
use std::thread;

/// Hands `line` to the logger without ever waiting. Returns `false` if the queue was full and
/// the line was dropped.
pub fn log(queue: &SyncSender<String>, line: String) -> bool {
    match queue.try_send(line) {
        Ok(()) => true,
        Err(TrySendError::Full(_)) => false,
        Err(TrySendError::Disconnected(_)) => panic!("the logger has stopped"),
    }
}

fn main() {
    // Room for two lines: a line that finds the queue full is dropped, not waited for.
    let (log_queue, log_lines) = mpsc::sync_channel::<String>(2);

    let logger = thread::spawn(move || {
        let mut written = 0;
        for line in log_lines {
            println!("log: {line}");
            written += 1;
        }
        written
    });

    let mut dropped = 0;
    for step in 1..=10 {
        if !log(&log_queue, format!("step {step} done")) {
            dropped += 1;
        }
    }

    drop(log_queue); // No more lines: the logger finishes what is queued, then ends.
    let written = logger.join().unwrap();
    println!("main: {written} lines written, {dropped} dropped");
}
