use std::thread::{self, JoinHandle};
use std::time::Duration;

/// What Python's `class MyThread(Thread)` holds: the thread's own data.
struct Worker {
    name: String,
    count: u32,
}

impl Worker {
    fn new(name: &str, count: u32) -> Worker {
        Worker {
            name: name.to_owned(),
            count,
        }
    }

    /// Python's `start()`: the worker moves into a new thread named after it.
    fn spawn(self) -> JoinHandle<()> {
        thread::Builder::new()
            .name(self.name.clone())
            .spawn(move || self.run())
            .expect("the operating system refused to start a thread")
    }

    /// Python's `run()`: what the thread does.
    fn run(&self) {
        for n in 0..self.count {
            println!("{} - {n}", self.name);
            thread::sleep(Duration::from_millis(10));
        }
    }
}

fn main() {
    let t1 = Worker::new("A", 10).spawn();
    let t2 = Worker::new("B", 10).spawn();

    t1.join().unwrap();
    t2.join().unwrap();
}
