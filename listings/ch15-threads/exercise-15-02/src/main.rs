use std::thread;

fn sum_to(count: u64) -> u64 {
    if count == 0 {
        panic!("count must be positive, not {count}");
    }
    (1..=count).sum()
}

fn main() {
    for count in [100, 0, 10] {
        let handle = thread::spawn(move || sum_to(count));
        match handle.join() {
            Ok(total) => println!("sum_to({count}) = {total}"),
            Err(payload) => {
                let message = payload.downcast_ref::<&str>().unwrap_or(&"(not a string)");
                println!("sum_to({count}) panicked: {message}");
            }
        }
    }
}
