use std::sync::Barrier;
use std::thread;

fn main() {
    let barrier = Barrier::new(3); // opens when three threads are waiting

    thread::scope(|s| {
        for name in ["A", "B", "C"] {
            let barrier = &barrier;
            s.spawn(move || {
                println!("{name} - phase 1");
                let result = barrier.wait(); // until all three have finished phase 1
                if result.is_leader() {
                    println!("{name} - leader: phase 1 is done everywhere");
                }
                println!("{name} - phase 2");
            });
        }
    });
}
