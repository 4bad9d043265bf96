//! Model checks of `try_get` with loom, over every interleaving of the threads: a producer that
//! waits for room is woken when `try_get` makes some. The same queue without the `notify_all` in
//! `try_get` must deadlock in some interleaving, which shows the check can see that mistake.

use book_support::run_unchecked;
use book_support::threads::catch_panic_message;
use loom::sync::Arc;
use loom::thread;

#[allow(dead_code)]
mod queue {
    include!(concat!(env!("OUT_DIR"), "/loom_queue.rs"));
}

#[allow(dead_code)]
mod queue_no_notify {
    include!(concat!(env!("OUT_DIR"), "/loom_queue_no_notify.rs"));
}

/// A queue of capacity 1 holding 0; a producer puts 1, which must wait for room; the main thread
/// takes 0 with `try_get`, then 1 with `get`. Every interleaving must end with both items taken.
macro_rules! try_get_makes_room {
    ($queue:path) => {
        || {
            use $queue as q;
            let queue = Arc::new(q::SafeQueue::new(1));
            queue.put(0);
            let producer = {
                let queue = Arc::clone(&queue);
                thread::spawn(move || queue.put(1))
            };
            assert_eq!(queue.try_get(), Some(0));
            assert_eq!(queue.get(), 1);
            producer.join().unwrap();
        }
    };
}

/// Runs `model` over every interleaving; returns the first failure's message.
fn check(model: impl Fn() + Sync + Send + 'static) -> Result<(), String> {
    catch_panic_message(|| loom::model(model))
}

#[test]
fn try_get_wakes_a_producer_waiting_for_room_in_every_interleaving() {
    check(try_get_makes_room!(queue)).unwrap();
}

/// The model of the queue without the `notify_all`, on its own. loom reports a deadlock with a
/// panic that aborts the whole test process, so the next test runs this one in a child process.
#[test]
#[ignore = "aborts its process; run by the next test, in a child process"]
fn model_without_notify_all() {
    loom::model(try_get_makes_room!(queue_no_notify));
}

#[test]
fn without_notify_all_in_try_get_some_interleaving_deadlocks() {
    let this_test_binary = std::env::current_exe().unwrap();
    let child = run_unchecked(
        this_test_binary.to_str().unwrap(),
        &[
            "--ignored",
            "--exact",
            "model_without_notify_all",
            "--nocapture",
        ],
    );
    assert!(
        !child.status.success() && child.stderr.contains("deadlock"),
        "loom found no deadlock without the notify_all\n--- stderr ---\n{}",
        child.stderr
    );
}
