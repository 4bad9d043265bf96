use std::thread;
use std::time::Duration;

fn task(count: u32) {
    // The name the Builder gave this thread.
    let name = thread::current().name().unwrap_or("unnamed").to_owned();
    for n in 0..count {
        println!("{name} - {n}");
        thread::sleep(Duration::from_millis(10));
    }
}

fn main() {
    let mut handles = Vec::new();
    for name in ["A", "B"] {
        let handle = thread::Builder::new()
            .name(name.to_owned())
            .spawn(|| task(10))
            .expect("the operating system refused to start a thread");
        handles.push(handle);
    }
    for handle in handles {
        handle.join().unwrap();
    }
}
