use std::thread;

fn sum_to(count: u64) -> u64 {
    (1..=count).sum()
}

fn main() {
    // The closure's return value travels back through `join`.
    let adder = thread::spawn(|| sum_to(100));
    let total = adder.join().unwrap();
    println!("1 + 2 + ... + 100 = {total}");

    // A panic ends only its own thread; `join` hands it to us as an `Err`.
    let failing = thread::spawn(|| -> u64 { panic!("count must be positive") });
    match failing.join() {
        Ok(total) => println!("the thread returned {total}"),
        Err(payload) => {
            let message = payload.downcast_ref::<&str>().unwrap_or(&"(not a string)");
            println!("the thread panicked: {message}");
        }
    }

    println!("Main thread ends");
}
