use std::thread;
use std::time::Duration;

use listing_18_02::ThreadPool;

/// The lesson's task. The course sleeps one second; 100 ms is enough to see the overlap.
fn task(name: &str) -> String {
    println!("{name} - step 1");
    thread::sleep(Duration::from_millis(100));
    println!("{name} - step 2");
    format!("{name} complete")
}

fn main() {
    // `with ThreadPoolExecutor() as executor:` is a block that owns the pool: at its end the
    // pool is dropped, which waits for the queued work and joins the workers.
    {
        let pool = ThreadPool::new(4);
        let a = pool.submit(|| task("A"));
        let b = pool.submit(|| task("B"));
        println!("{}", a.result().unwrap()); // blocks until A is done
        println!("{}", b.result().unwrap());
    }

    {
        let pool = ThreadPool::new(4);
        for result in pool.map(task, ["C", "D"]) {
            println!("{}", result.unwrap()); // in input order: C, then D
        }
    }
}
