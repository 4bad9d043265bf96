use std::thread;
use std::time::Duration;

fn task(name: &str) {
    for round in 0..2 {
        for step in 1..=3 {
            println!("{name} - round {round} - step {step}");
            thread::sleep(Duration::from_millis(1));
        }
    }
}

fn main() {
    thread::scope(|s| {
        for name in ["A", "B", "C"] {
            s.spawn(move || task(name));
        }
    });
}
