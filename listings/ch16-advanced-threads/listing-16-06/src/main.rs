use std::thread;
use std::time::Duration;

use crossbeam_channel::{SendTimeoutError, bounded};

fn main() {
    let (queue_in, queue_out) = bounded(3);
    for n in 1..=3 {
        queue_in.send(n).unwrap();
    }

    // put(item, timeout=0.1): waits at most 100 ms for room.
    match queue_in.send_timeout(4, Duration::from_millis(100)) {
        Err(SendTimeoutError::Timeout(n)) => println!("send_timeout({n}, 100 ms): Timeout"),
        other => println!("send_timeout(4, 100 ms): {other:?}"),
    }
    drop(queue_in); // The queue is closed once it is empty: receivers stop then.

    // A crossbeam receiver can be cloned: two consumers share one queue.
    let queue_out2 = queue_out.clone();
    let (mut got1, got2) = thread::scope(|s| {
        let c1 = s.spawn(|| queue_out.iter().collect::<Vec<i32>>());
        let c2 = s.spawn(|| queue_out2.iter().collect::<Vec<i32>>());
        (c1.join().unwrap(), c2.join().unwrap())
    });

    // Which consumer got which item differs from run to run; together they got each once.
    got1.extend(got2);
    got1.sort();
    println!("the two consumers got {got1:?} between them");
}
