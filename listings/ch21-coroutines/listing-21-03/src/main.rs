use std::thread;
use std::time::{Duration, Instant};

// The course sleeps 1 s; a tenth of that keeps the run short.
const PAUSE: Duration = Duration::from_millis(100);

fn say_hello(pause: Duration) {
    println!("Hello");
    thread::sleep(pause);
    println!("World");
}

fn main() {
    let start = Instant::now();
    say_hello(PAUSE);
    say_hello(PAUSE);
    let took = start.elapsed().as_secs_f64();
    println!("took {took:.1} s");
}
