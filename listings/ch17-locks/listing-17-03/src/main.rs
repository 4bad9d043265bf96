use std::thread;

fn main() {
    let mut count = 0;

    thread::scope(|s| {
        // Two threads change the same variable, with nothing to keep them apart.
        s.spawn(|| count += 1);
        s.spawn(|| count += 1);
    });

    println!("count = {count}");
}
