//! Model checks of the listing's `SafeQueue` with loom: every interleaving of the threads (up to a
//! bound on preemptions) is run. The queue as the book shows it must pass; the same queue with
//! `if` instead of `while` in `get` must fail, which shows the check can see that mistake.

use std::sync::atomic::{AtomicUsize, Ordering};

use book_support::threads::catch_panic_message;
use loom::sync::Arc;
use loom::thread;

#[allow(dead_code)]
mod queue {
    include!(concat!(env!("OUT_DIR"), "/loom_queue.rs"));
}

#[allow(dead_code)]
mod queue_with_if {
    include!(concat!(env!("OUT_DIR"), "/loom_queue_if.rs"));
}

/// Runs `model` over every interleaving loom explores (with at most two preemptions, enough for
/// the stolen wake-up) and says how many it ran; returns the first failure's message.
fn check(name: &str, model: impl Fn() + Sync + Send + 'static) -> Result<(), String> {
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let mut builder = loom::model::Builder::new();
    builder.preemption_bound = Some(2);
    let counted = move || {
        RUNS.fetch_add(1, Ordering::Relaxed);
        model()
    };
    let result = catch_panic_message(|| builder.check(counted));
    eprintln!(
        "{name}: {} interleavings run",
        RUNS.swap(0, Ordering::Relaxed)
    );
    result
}

/// Capacity 1, two producers with one item each, two consumers taking one item each: whatever
/// the interleaving, the consumers get both items.
macro_rules! two_producers_two_consumers {
    ($queue:path) => {
        || {
            use $queue as q;
            let queue = Arc::new(q::SafeQueue::new(1));
            let producers: Vec<_> = (0..2)
                .map(|n| {
                    let queue = Arc::clone(&queue);
                    thread::spawn(move || queue.put(n))
                })
                .collect();
            let consumers: Vec<_> = (0..2)
                .map(|_| {
                    let queue = Arc::clone(&queue);
                    thread::spawn(move || queue.get())
                })
                .collect();
            for producer in producers {
                producer.join().unwrap();
            }
            let mut got: Vec<Option<i32>> =
                consumers.into_iter().map(|c| c.join().unwrap()).collect();
            got.sort();
            assert_eq!(got, [Some(0), Some(1)], "what the two consumers got");
        }
    };
}

#[test]
fn the_queue_delivers_every_item_in_every_interleaving() {
    check("while", two_producers_two_consumers!(queue)).unwrap();
}

#[test]
fn with_if_instead_of_while_some_interleaving_loses_an_item() {
    let failure = check("if", two_producers_two_consumers!(queue_with_if))
        .expect_err("loom found no failing interleaving for the `if` queue");
    assert!(failure.contains("what the two consumers got"), "{failure}");
}
