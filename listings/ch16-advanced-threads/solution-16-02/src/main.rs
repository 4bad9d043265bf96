use std::thread;

use crossbeam_channel::{Receiver, Sender, bounded};

fn producer(name: &str, count: usize, queue: Sender<Option<String>>) {
    for n in 0..count {
        queue.send(Some(format!("{name} - {n}"))).unwrap();
    }
}

/// Takes messages until it receives the sentinel, `None`: one sentinel stops one consumer.
pub fn consumer(name: &str, queue: Receiver<Option<String>>) -> Vec<String> {
    let mut consumed = Vec::new();
    while let Some(message) = queue.recv().unwrap() {
        println!("{name} - {message}");
        consumed.push(message);
    }
    consumed
}

/// The lesson's setup, with the consumers stopped by sentinels instead of by disconnection.
pub fn run(
    capacity: usize,
    producers: &[&str],
    consumers: &[&str],
    count: usize,
) -> Vec<Vec<String>> {
    let (queue_in, queue_out) = bounded(capacity);
    thread::scope(|s| {
        let producer_handles: Vec<_> = producers
            .iter()
            .map(|&name| {
                let queue_in = queue_in.clone();
                s.spawn(move || producer(name, count, queue_in))
            })
            .collect();

        let consumer_handles: Vec<_> = consumers
            .iter()
            .map(|&name| {
                let queue_out = queue_out.clone();
                s.spawn(move || consumer(name, queue_out))
            })
            .collect();
        drop(queue_out); // Now only the consumers hold receivers.

        // The sentinels go in only after every message: wait for every producer first.
        for handle in producer_handles {
            handle.join().unwrap();
        }
        for _ in consumers {
            queue_in.send(None).unwrap(); // one per consumer
        }

        consumer_handles
            .into_iter()
            .map(|h| h.join().unwrap())
            .collect()
    })
}

fn main() {
    let consumed = run(3, &["PA", "PB", "PC"], &["CA", "CB"], 10);
    let total: usize = consumed.iter().map(Vec::len).sum();
    println!("consumed {total} messages");
}
