use std::thread;

use solution_18_03::ThreadPool;

fn main() {
    let pool = ThreadPool::new(1);
    // The only worker runs the first task, which waits until the gate opens...
    let (started_tx, started) = crossbeam_channel::bounded(1);
    let (open, gate) = crossbeam_channel::bounded(1);
    let first = pool.submit(move || {
        started_tx.send(()).unwrap();
        gate.recv().unwrap();
        "first task: done"
    });
    started.recv().unwrap();
    // ...so these three wait in the queue.
    let queued: Vec<_> = (1..=3).map(|n| pool.submit(move || n * 10)).collect();

    // `shutdown_now` waits for the running task, so it runs on a thread of its own.
    let shutdown = thread::spawn(move || pool.shutdown_now());
    // The queued tasks are cancelled at once, while the first task is still running.
    for (n, handle) in (1..).zip(queued) {
        match handle.result() {
            Ok(value) => println!("queued task {n}: {value}"),
            Err(error) => println!("queued task {n}: {error}"),
        }
    }
    open.send(()).unwrap();
    shutdown.join().unwrap();
    println!("{}", first.result().unwrap());
}
