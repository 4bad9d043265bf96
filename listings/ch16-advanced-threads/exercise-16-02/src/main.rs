use std::thread;

use crossbeam_channel::{Receiver, Sender, bounded};

fn producer(name: &str, count: usize, queue: Sender<String>) {
    for n in 0..count {
        // Blocks while the queue is full, like Python's put(block=True).
        queue.send(format!("{name} - {n}")).unwrap();
    }
} // `queue` is dropped here: one sender fewer.

fn consumer(name: &str, queue: Receiver<String>) -> Vec<String> {
    let mut consumed = Vec::new();
    // Ends when every sender is gone and the queue is empty.
    for message in queue {
        println!("{name} - {message}");
        consumed.push(message);
    }
    consumed
}

/// The lesson's setup: each producer sends `count` messages through a queue of
/// `capacity`; the consumers share the queue. Returns what each consumer got.
pub fn run(
    capacity: usize,
    producers: &[&str],
    consumers: &[&str],
    count: usize,
) -> Vec<Vec<String>> {
    let (queue_in, queue_out) = bounded(capacity);
    thread::scope(|s| {
        for &name in producers {
            let queue_in = queue_in.clone();
            s.spawn(move || producer(name, count, queue_in));
        }
        drop(queue_in); // Now only the producers hold senders.

        let handles: Vec<_> = consumers
            .iter()
            .map(|&name| {
                let queue_out = queue_out.clone();
                s.spawn(move || consumer(name, queue_out))
            })
            .collect();
        drop(queue_out); // Now only the consumers hold receivers.

        handles.into_iter().map(|h| h.join().unwrap()).collect()
    })
}

fn main() {
    let consumed = run(3, &["PA", "PB", "PC"], &["CA", "CB"], 10);
    let total: usize = consumed.iter().map(Vec::len).sum();
    println!("consumed {total} messages");
}
