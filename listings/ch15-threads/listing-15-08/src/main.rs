use std::cell::Cell;
use std::thread;

thread_local! {
    // Every thread has its own CALLS, set to 0 the first time that thread uses it.
    static CALLS: Cell<u32> = const { Cell::new(0) };
}

/// Counts a call on the calling thread's counter: no lock, nothing shared.
fn record_call() {
    CALLS.set(CALLS.get() + 1);
}

fn task(calls: u32) -> u32 {
    for _ in 0..calls {
        record_call();
    }
    CALLS.get()
}

fn main() {
    let (a, b) = thread::scope(|s| {
        let a = s.spawn(|| task(3));
        let b = s.spawn(|| task(5));
        (a.join().unwrap(), b.join().unwrap())
    });
    record_call();
    println!("thread A counted {a} calls");
    println!("thread B counted {b} calls");
    println!("main counted {} call", CALLS.get());
}
