use std::thread;
use std::time::Duration;

fn task(name: &str, count: u32) {
    for n in 0..count {
        println!("{name} - {n}");
        thread::sleep(Duration::from_millis(10));
    }
}

fn main() {
    thread::scope(|s| {
        s.spawn(|| task("A", 5));
        s.spawn(|| task("B", 5));
        println!("main: my own work is done");
    }); // Like Python at exit: wait for every thread started in the scope.

    println!("main: every thread has finished");
}
