use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;
use std::time::Duration;

fn main() {
    let next_ticket = AtomicUsize::new(0);

    thread::scope(|s| {
        for name in ["A", "B", "C"] {
            let next_ticket = &next_ticket;
            s.spawn(move || {
                for _ in 0..3 {
                    // Adds one and returns the value from before: no two calls get the same.
                    let ticket = next_ticket.fetch_add(1, Ordering::Relaxed);
                    println!("{name} - ticket {ticket}");
                    thread::sleep(Duration::from_millis(1)); // let the others take theirs
                }
            });
        }
    });

    println!("tickets handed out: {}", next_ticket.into_inner());
}
