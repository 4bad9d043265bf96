use std::sync::Mutex;
use std::thread;
use std::time::Duration;

// Python: task_lock = Lock()
static TASK_LOCK: Mutex<()> = Mutex::new(());

fn task(name: &str) {
    for round in 0..2 {
        // Python: task_lock.acquire()
        let _guard = TASK_LOCK.lock().unwrap();
        for step in 1..=3 {
            println!("{name} - round {round} - step {step}");
            thread::sleep(Duration::from_millis(1));
        }
        // Python: task_lock.release() — here `_guard` is dropped, which unlocks.
    }
}

fn main() {
    thread::scope(|s| {
        for name in ["A", "B", "C"] {
            s.spawn(move || task(name));
        }
    });
}
