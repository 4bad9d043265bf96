use std::env;
use std::hint::black_box;
use std::process::ExitCode;
use std::thread;
use std::time::{Duration, Instant};

/// A job for a worker thread: any closure, boxed so that all jobs have one type.
type Job = Box<dyn FnOnce() + Send + 'static>;

/// The work of one task: next to nothing, so that what we measure is the overhead.
pub fn tiny_task(n: u64) -> u64 {
    black_box(n) * 2 + 1
}

/// Every task called on this thread: the work alone, no thread at all.
pub fn on_this_thread(tasks: u64) -> u64 {
    (0..tasks).map(tiny_task).sum()
}

/// A new thread for every task; then join them all.
pub fn thread_per_task(tasks: u64) -> u64 {
    let handles: Vec<_> = (0..tasks)
        .map(|n| thread::spawn(move || tiny_task(n)))
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).sum()
}

/// A few threads, started once, take the tasks from one channel; results come back on another.
fn pool(tasks: u64, workers: usize) -> u64 {
    let (job_tx, job_rx) = crossbeam_channel::unbounded::<Job>();
    let (result_tx, result_rx) = crossbeam_channel::unbounded();
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let jobs = job_rx.clone();
            thread::spawn(move || {
                for job in jobs {
                    job();
                }
            })
        })
        .collect();
    for n in 0..tasks {
        let result_tx = result_tx.clone();
        job_tx
            .send(Box::new(move || result_tx.send(tiny_task(n)).unwrap()))
            .unwrap();
    }
    drop(job_tx); // no more jobs: each worker's loop ends when the channel is empty
    drop(result_tx);
    let sum = result_rx.iter().sum();
    for handle in handles {
        handle.join().unwrap();
    }
    sum
}

/// Runs `f` once and returns how long it took, checking that it did all the work.
fn measure(expected: u64, f: impl FnOnce() -> u64) -> Duration {
    let start = Instant::now();
    let sum = f();
    let elapsed = start.elapsed();
    assert_eq!(sum, expected, "a task result went missing");
    elapsed
}

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let tasks: u64 = match args.as_slice() {
        [] => 20_000,
        [quick] if quick == "--quick" => 500,
        _ => {
            eprintln!("error: usage: listing-18-01 [--quick]");
            return ExitCode::from(2);
        }
    };
    let workers = thread::available_parallelism().map_or(1, |n| n.get());

    // A first small round, not shown, so that no method pays for warming up.
    pool(100, workers);
    thread_per_task(100);

    let expected = on_this_thread(tasks);
    let rows = [
        (
            "on this thread",
            measure(expected, || on_this_thread(tasks)),
        ),
        (
            "a new thread per task",
            measure(expected, || thread_per_task(tasks)),
        ),
        (
            "a pool of worker threads",
            measure(expected, || pool(tasks, workers)),
        ),
    ];

    println!("tasks: {tasks}, worker threads in the pool: {workers}");
    println!(
        "{:<26}{:>12}{:>16}",
        "method", "total (ms)", "per task (µs)"
    );
    for (method, elapsed) in rows {
        let total_ms = elapsed.as_secs_f64() * 1e3;
        let per_task_us = elapsed.as_secs_f64() * 1e6 / tasks as f64;
        println!("{method:<26}{total_ms:>12.2}{per_task_us:>16.2}");
    }
    ExitCode::SUCCESS
}
