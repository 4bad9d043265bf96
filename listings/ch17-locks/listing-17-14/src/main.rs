use std::collections::VecDeque;
use std::sync::Mutex;

fn main() {
    let queue = Mutex::new(VecDeque::from([1, 2]));

    // The guard is a temporary of the scrutinee: it lives through the whole loop body.
    while let Some(job) = queue.lock().unwrap().pop_front() {
        println!(
            "while let: job {job}, lock free? {}",
            queue.try_lock().is_ok()
        );
    }

    queue.lock().unwrap().extend([3, 4]);

    // The job is taken in a statement of its own: the guard is dropped at its semicolon.
    loop {
        let job = queue.lock().unwrap().pop_front();
        let Some(job) = job else { break };
        println!("loop: job {job}, lock free? {}", queue.try_lock().is_ok());
    }
}
