//! Model checks of the listing's `SafeQueue` with loom: every interleaving of the threads (up to a
//! bound on preemptions) is run. The queue as the book shows it must pass; the same queue with
//! `if` instead of `while` in `get` must fail, which shows the check can see that mistake.

use book_support::model_check::check;
use book_support::prose::assert_section_states;
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

/// At most one preemption: enough for the stolen wake-up.
const PREEMPTIONS: usize = 1;

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
    let interleavings = check("while", PREEMPTIONS, two_producers_two_consumers!(queue))
        .expect("the queue as the book shows it failed");
    // The chapter says how many interleavings the queue passes.
    assert_section_states(
        env!("CARGO_MANIFEST_DIR"),
        "model-checking",
        &[interleavings.to_string()],
    );
}

#[test]
fn with_if_instead_of_while_some_interleaving_loses_an_item() {
    let failure = match check(
        "if",
        PREEMPTIONS,
        two_producers_two_consumers!(queue_with_if),
    ) {
        Ok(interleavings) => panic!(
            "the queue with `if` in `get` passed in all {interleavings} interleavings: the model \
             check cannot see the stolen wake-up"
        ),
        Err(failure) => failure,
    };
    assert!(
        failure.message.contains("what the two consumers got"),
        "the queue with `if` in `get` failed, but not because a consumer got `None`: {failure:?}"
    );
    // The chapter says after how many interleavings loom finds the failing one.
    assert_section_states(
        env!("CARGO_MANIFEST_DIR"),
        "model-checking",
        &[failure.interleavings.to_string()],
    );
}
