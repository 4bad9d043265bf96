use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

use listing_18_02::ThreadPool;

fn main() {
    let pool = ThreadPool::new(4);

    // submit, then result: Python's `executor.submit(f).result()`.
    let handle = pool.submit(|| (1..=100).sum::<u64>());
    println!("submit: 1 + ... + 100 = {}", handle.result().unwrap());

    // map with four tasks that finish in reverse order: task n waits on gate n, and opens
    // gate n - 1 when it is done. (Each waiting task holds a worker: this needs 4 workers.)
    let gates: Vec<_> = (0..4).map(|_| crossbeam_channel::bounded(1)).collect();
    gates[3].0.send(()).unwrap();
    let finish_in_reverse = move |n: usize| {
        gates[n].1.recv().unwrap();
        println!("task {n} finished");
        if n > 0 {
            gates[n - 1].0.send(()).unwrap();
        }
        n * 10
    };
    let results: Vec<usize> = pool
        .map(finish_in_reverse, 0..4)
        .map(Result::unwrap)
        .collect();
    println!("map, in input order: {results:?}");

    // A panicking task gives its caller an error; the worker carries on.
    let failing = pool.submit(|| -> u64 { panic!("no result for you") });
    println!("submit: {}", failing.result().unwrap_err());
    let answer = pool.submit(|| 6 * 7).result().unwrap();
    println!("the pool still works: 6 * 7 = {answer}");

    // Dropping the pool runs every queued task, then joins the workers.
    let finished = Arc::new(AtomicUsize::new(0));
    for _ in 0..8 {
        let finished = Arc::clone(&finished);
        pool.submit(move || {
            thread::sleep(Duration::from_millis(10));
            finished.fetch_add(1, Ordering::Relaxed);
        });
    }
    drop(pool);
    // `Relaxed` is enough: `drop` joined the workers, and a join orders everything the thread
    // did before whatever comes after it (Chapter 17).
    let finished = finished.load(Ordering::Relaxed);
    println!("after drop: {finished} of 8 tasks finished");
}
