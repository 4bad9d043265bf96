use std::thread;

fn task(name: &str, count: u32) {
    for n in 0..count {
        println!("{name} - {n}");
    }
}

fn main() {
    let name = String::from("A");

    // No `move`: the closure only borrows `name`, which belongs to `main`.
    let thread1 = thread::spawn(|| task(&name, 3));

    thread1.join().unwrap();
}
