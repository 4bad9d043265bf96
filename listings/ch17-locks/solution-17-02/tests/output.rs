use std::thread;

use book_support::assert_prints_book_output;

#[path = "../src/main.rs"]
#[allow(dead_code)]
mod listing;

use listing::SafeQueue;

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_solution-17-02"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// `try_get` on an empty queue returns `None` instead of waiting (nobody would ever wake it:
/// this test would hang), and takes items first in, first out; `len` follows along.
#[test]
fn try_get_never_waits_and_keeps_the_order() {
    let queue = SafeQueue::new(3);
    assert_eq!((queue.len(), queue.is_empty()), (0, true));
    assert_eq!(queue.try_get(), None);
    for n in 1..=3 {
        queue.put(n);
        assert_eq!(queue.len(), n);
    }
    assert!(!queue.is_empty());
    assert_eq!(queue.try_get(), Some(1));
    assert_eq!(queue.len(), 2);
    assert_eq!(queue.get(), 2);
    assert_eq!(queue.try_get(), Some(3));
    assert_eq!(queue.try_get(), None);
    assert_eq!((queue.len(), queue.is_empty()), (0, true));
}

/// Producers and a consumer that only uses `try_get`: every item arrives exactly once, and the
/// producers, which wait whenever the queue of two is full, always finish.
#[test]
fn a_consumer_using_try_get_receives_every_item_once() {
    let queue = SafeQueue::new(2);
    let mut got = thread::scope(|s| {
        for p in 0..3 {
            let queue = &queue;
            s.spawn(move || (0..100).for_each(|n| queue.put(p * 100 + n)));
        }
        let mut got = Vec::new();
        while got.len() < 300 {
            match queue.try_get() {
                Some(item) => got.push(item),
                None => thread::yield_now(),
            }
        }
        got
    });
    got.sort();
    assert_eq!(got, (0..300).collect::<Vec<_>>());
    assert_eq!(queue.try_get(), None);
}
