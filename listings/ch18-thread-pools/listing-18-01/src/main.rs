use std::thread;
use std::time::Instant;

use listing_18_01::{on_this_thread, pool, thread_per_task};

const TASKS: u64 = 1_000;

fn main() {
    let workers = thread::available_parallelism().map_or(1, |n| n.get());
    let methods: [(&str, &dyn Fn() -> u64); 3] = [
        ("on this thread", &|| on_this_thread(TASKS)),
        ("a new thread per task", &|| thread_per_task(TASKS)),
        ("a pool of worker threads", &|| pool(TASKS, workers)),
    ];
    // A first round, not shown, so that no method pays for warming up.
    for (_, run) in methods {
        run();
    }

    println!("tasks: {TASKS}, worker threads in the pool: {workers}");
    println!(
        "{:<26}{:>12}{:>16}",
        "method", "total (ms)", "per task (µs)"
    );
    for (method, run) in methods {
        let start = Instant::now();
        let sum = run();
        let elapsed = start.elapsed().as_secs_f64();
        assert_eq!(sum, on_this_thread(TASKS), "a task result went missing");
        let (total_ms, per_task_us) = (elapsed * 1e3, elapsed * 1e6 / TASKS as f64);
        println!("{method:<26}{total_ms:>12.2}{per_task_us:>16.2}");
    }
}
