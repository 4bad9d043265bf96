use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError, TrySendError};
use std::time::Duration;

fn main() {
    // Python: queue = Queue(3)
    let (queue_in, queue_out) = mpsc::sync_channel(3);

    // put(item): waits while the queue is full (here there is room).
    for n in 1..=3 {
        queue_in.send(n).unwrap();
    }
    println!("send 1, 2, 3: the queue is full");

    // put(item, block=False): never waits; Python raises queue.Full.
    match queue_in.try_send(4) {
        Err(TrySendError::Full(n)) => println!("try_send({n}): Full"),
        other => println!("try_send(4): {other:?}"),
    }

    // get(): waits while the queue is empty (here it holds 1, 2, 3).
    for _ in 0..3 {
        println!("recv: {}", queue_out.recv().unwrap());
    }

    // get(block=False): never waits; Python raises queue.Empty.
    match queue_out.try_recv() {
        Err(TryRecvError::Empty) => println!("try_recv: Empty"),
        other => println!("try_recv: {other:?}"),
    }

    // get(timeout=0.1): waits at most 100 ms.
    match queue_out.recv_timeout(Duration::from_millis(100)) {
        Err(RecvTimeoutError::Timeout) => println!("recv_timeout(100 ms): Timeout"),
        other => println!("recv_timeout(100 ms): {other:?}"),
    }
}
