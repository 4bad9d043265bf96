use std::num::NonZero;
use std::thread;

const LAST: u64 = 1_000_000;

fn main() {
    // How many threads can run at once: an estimate, often the number of cores, and fewer
    // if this process may use only some of them. If it cannot be found out, use one.
    let threads = thread::available_parallelism().map_or(1, NonZero::get);
    println!("available parallelism: {threads}");

    // CPU-bound work: one thread per unit of parallelism, each adding up every
    // `threads`-th number.
    let total: u64 = thread::scope(|s| {
        let handles: Vec<_> = (1..=threads as u64)
            .map(|first| s.spawn(move || (first..=LAST).step_by(threads).sum::<u64>()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    println!("{threads} threads added up 1..={LAST}: {total}");
}
