use std::collections::VecDeque;
use std::sync::Mutex;

fn main() {
    let jobs = Mutex::new(VecDeque::from([1]));

    for _ in 0..2 {
        if let Some(job) = jobs.lock().unwrap().pop_front() {
            // The guard from `jobs.lock()` is still alive here.
            println!("job {job}: lock free? {}", jobs.try_lock().is_ok());
        } else {
            // Edition 2024 drops that guard before `else`; edition 2021 kept it.
            println!("no job: lock free? {}", jobs.try_lock().is_ok());
        }
    }
}
