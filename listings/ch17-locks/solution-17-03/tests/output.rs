//! `get_timeout` returns `None` once the deadline has passed with nothing to take, never before
//! (the only timing these tests check is that lower bound), and an item as soon as there is one.
//! Barriers start the threads of a test together; which thread wins a race may vary, and every
//! assertion holds whichever does.

use std::sync::Barrier;
use std::thread;
use std::time::{Duration, Instant};

use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output, bounded};

#[path = "../src/main.rs"]
#[allow(dead_code)]
mod listing;

use listing::SafeQueue;

/// Long enough never to pass in a test that expects an item: the item comes first.
const PLENTY: Duration = Duration::from_secs(60);
/// Short, for the tests that wait for a deadline to pass.
const SHORT: Duration = Duration::from_millis(20);

/// A consumer calls `get_timeout(timeout)` on its own thread while the main thread, started
/// together with it (a barrier), does `meanwhile`. Returns what the consumer got, how long its
/// call took, and what `meanwhile` returned.
fn get_timeout_while<T: Send, R>(
    queue: &SafeQueue<T>,
    timeout: Duration,
    meanwhile: impl FnOnce() -> R,
) -> (Option<T>, Duration, R) {
    let start = Barrier::new(2);
    thread::scope(|s| {
        let consumer = s.spawn(|| {
            start.wait();
            let started = Instant::now();
            (queue.get_timeout(timeout), started.elapsed())
        });
        start.wait();
        let done = meanwhile();
        let (got, waited) = consumer.join().unwrap();
        (got, waited, done)
    })
}

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_solution-17-03"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

#[test]
fn an_empty_queue_gives_up_at_the_deadline_not_before() {
    let queue = SafeQueue::<i32>::new(1);
    let start = Instant::now();
    assert_eq!(queue.get_timeout(SHORT), None);
    assert!(
        start.elapsed() >= SHORT,
        "gave up after {:?}",
        start.elapsed()
    );
}

#[test]
fn an_item_already_there_is_taken_even_with_a_zero_timeout() {
    let queue = SafeQueue::new(2);
    queue.put(1);
    queue.put(2);
    assert_eq!(queue.get_timeout(Duration::ZERO), Some(1));
    assert_eq!(queue.get_timeout(Duration::ZERO), Some(2));
    assert_eq!(queue.get_timeout(Duration::ZERO), None);
}

#[test]
fn an_item_put_while_waiting_is_returned() {
    let queue = SafeQueue::new(1);
    let (got, _, ()) = get_timeout_while(&queue, PLENTY, || queue.put("late"));
    assert_eq!(got, Some("late"));
}

/// Taking an item frees a slot for a producer waiting on the full queue, as `get` does.
#[test]
fn taking_an_item_lets_a_waiting_producer_in() {
    let queue = SafeQueue::new(1);
    queue.put(0);
    thread::scope(|s| {
        s.spawn(|| queue.put(1)); // waits until there is room
        assert_eq!(queue.get_timeout(PLENTY), Some(0));
        assert_eq!(queue.get_timeout(PLENTY), Some(1));
    });
}

/// `close()` wakes a consumer that waits with a timeout; items still queued come first.
#[test]
fn a_closed_queue_hands_out_what_is_left_then_none() {
    let queue = SafeQueue::new(2);
    queue.put(1);
    queue.close();
    assert_eq!(queue.get_timeout(PLENTY), Some(1));
    assert_eq!(queue.get_timeout(PLENTY), None);

    let queue = SafeQueue::<i32>::new(1);
    let (got, _, ()) = get_timeout_while(&queue, PLENTY, || queue.close());
    assert_eq!(got, None);
}

/// A waiting consumer is notified of an item, but the main thread takes the item first. The
/// waiter must not give up then: it keeps waiting until its deadline. Whoever wins, the item is
/// taken exactly once, and a waiter that got nothing waited at least its timeout.
#[test]
fn an_item_taken_by_someone_else_does_not_end_the_wait_early() {
    for _ in 0..3 {
        let queue = SafeQueue::new(1);
        let (got, waited, thief) = get_timeout_while(&queue, SHORT, || {
            queue.put("item");
            queue.get_timeout(Duration::ZERO)
        });
        match (got, thief) {
            (Some("item"), None) => {}
            (None, Some("item")) => assert!(waited >= SHORT, "gave up after {waited:?}"),
            other => panic!("the item was not taken exactly once: {other:?}"),
        }
    }
}

/// A timeout too long to be added to the clock is no limit: `get_timeout(Duration::MAX)` waits
/// for an item, as `get` does, instead of panicking on `Instant::now() + timeout`.
#[test]
fn the_longest_timeout_waits_for_an_item() {
    bounded(|| {
        let queue = SafeQueue::new(1);
        thread::scope(|s| {
            s.spawn(|| queue.put("late"));
            assert_eq!(queue.get_timeout(Duration::MAX), Some("late"));
        });
        queue.close();
        assert_eq!(queue.get_timeout(Duration::MAX), None, "closed and empty");
    });
}

/// The chapter says how long the call on the empty queue waits: 100 ms.
#[test]
fn the_chapter_states_the_timeout_on_the_empty_queue() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let first = shown.lines().next().unwrap();
    let timeout = first
        .strip_prefix("get_timeout(")
        .unwrap()
        .split_once(" ms)")
        .unwrap()
        .0;
    assert_states(env!("CARGO_MANIFEST_DIR"), &[timeout]);
}
