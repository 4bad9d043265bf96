use std::thread;
use std::time::Duration;

/// Prints `count` numbered lines and returns how many it printed.
pub fn task(name: &str, count: u32) -> u32 {
    let mut printed = 0;
    for n in 0..count {
        println!("{name} - {n}");
        printed += 1;
        thread::sleep(Duration::from_millis(1));
    }
    printed
}

fn main() {
    let name1 = String::from("A");
    let name2 = String::from("B");

    // Each closure now returns a u32, so each handle is a JoinHandle<u32>.
    let thread1 = thread::spawn(move || task(&name1, 3));
    let thread2 = thread::spawn(move || task(&name2, 5));

    // `join` hands back what the thread's closure returned.
    let printed1 = thread1.join().unwrap();
    let printed2 = thread2.join().unwrap();

    println!("A printed {printed1} lines, B printed {printed2}");
    println!("Main thread ends: {} lines in all", printed1 + printed2);
}
