use std::any::Any;
use std::thread;

fn sum_to(count: u64) -> u64 {
    if count == 0 {
        panic!("count must be positive, not {count}");
    }
    (1..=count).sum()
}

/// The message of a panic, from the payload that `join` returns.
pub fn panic_message(payload: &(dyn Any + Send)) -> &str {
    if let Some(message) = payload.downcast_ref::<&str>() {
        message // panic!("a literal"): a &'static str
    } else if let Some(message) = payload.downcast_ref::<String>() {
        message // panic!("formatted {count}"): a String
    } else {
        "(not a string)" // std::panic::panic_any(42), for one
    }
}

fn main() {
    for count in [100, 0, 10] {
        let handle = thread::spawn(move || sum_to(count));
        match handle.join() {
            Ok(total) => println!("sum_to({count}) = {total}"),
            Err(payload) => println!("sum_to({count}) panicked: {}", panic_message(&*payload)),
        }
    }
}
