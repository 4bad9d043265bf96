use std::sync::{Arc, Mutex};
use std::thread;

use listing_18_07::BoundedPool;

fn main() {
    // One worker, and room for 2 jobs in the queue.
    let pool = BoundedPool::new(1, 2);
    // Each job records its number and the thread that ran it.
    let log = Arc::new(Mutex::new(Vec::new()));
    let job = |n: u32| {
        let log = Arc::clone(&log);
        move || {
            log.lock()
                .unwrap()
                .push((n, thread::current().name().unwrap().to_owned()))
        }
    };

    // Job 0 holds the worker until the gate opens; `started` says it has left the queue.
    let (started_tx, started) = crossbeam_channel::bounded(1);
    let (open, gate) = crossbeam_channel::bounded(1);
    let first = job(0);
    pool.submit(move || {
        started_tx.send(()).unwrap();
        gate.recv().unwrap();
        first();
    });
    started.recv().unwrap();

    // The queue is empty and the worker busy: jobs 1 and 2 fit, 3 and 4 come back.
    for n in 1..=4 {
        match pool.try_submit(job(n)) {
            Ok(()) => println!("try_submit({n}): queued"),
            Err(job) => {
                println!("try_submit({n}): the queue is full, running it here");
                job();
            }
        }
    }

    // `submit` waits instead: room comes only when the worker, done with job 0, takes job 1.
    open.send(()).unwrap();
    pool.submit(job(5));
    let job_0_done = log.lock().unwrap().iter().any(|(n, _)| *n == 0);
    println!("submit(5) returned; job 0 had finished by then: {job_0_done}");

    drop(pool);
    for (n, thread) in log.lock().unwrap().iter() {
        println!("job {n} ran on {thread}");
    }
}
