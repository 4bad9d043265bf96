use std::thread;
use std::time::Duration;

fn task(name: &str, count: u32) {
    for n in 0..count {
        println!("{name} - {n}");
        // A short pause per line, so that the two threads' lines interleave.
        thread::sleep(Duration::from_millis(1));
    }
}

fn main() {
    let name1 = String::from("A");
    let name2 = String::from("B");

    // `move` hands each name to its thread: from here on, the thread owns it.
    let thread1 = thread::spawn(move || task(&name1, 3));
    let thread2 = thread::spawn(move || task(&name2, 5));

    // Wait for both threads to finish.
    thread1.join().unwrap();
    thread2.join().unwrap();

    println!("Main thread ends");
}
