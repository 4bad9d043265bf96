use book_support::pipeline::stress;
use book_support::prose::assert_states;
use book_support::threads::{
    assert_main_consumes_every_message_once, messages_consumed_in_the_run_shown,
};
use crossbeam_channel::unbounded;

#[path = "../src/main.rs"]
#[allow(dead_code)]
mod listing;

/// The live run, and the run the book shows, consume every message exactly once.
#[test]
fn consumes_every_message_once() {
    assert_main_consumes_every_message_once(
        env!("CARGO_BIN_EXE_solution-16-02"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// A consumer stops at the sentinel, although the channel is still open (a sender is alive)
/// and holds more: what comes after the sentinel is left for someone else.
#[test]
fn a_consumer_stops_at_the_sentinel_not_at_disconnection() {
    let (queue_in, queue_out) = unbounded();
    for message in [Some("a"), Some("b"), None, Some("c")] {
        queue_in.send(message.map(str::to_owned)).unwrap();
    }
    assert_eq!(listing::consumer("C", queue_out.clone()), ["a", "b"]);
    assert_eq!(queue_out.try_recv(), Ok(Some("c".to_owned())));
    drop(queue_in);
}

/// 1,000 runs with capacities from 0 (rendezvous) to 4 and one to four producers and consumers:
/// every run ends, so every consumer got its sentinel and stopped; and every message was
/// delivered exactly once, none left behind a sentinel.
#[test]
fn stress_every_message_delivered_exactly_once_and_every_consumer_stops() {
    stress(listing::run, 0);
}

/// The chapter says the total of the run it shows: 30 messages.
#[test]
fn the_chapter_states_the_total() {
    let consumed = messages_consumed_in_the_run_shown(env!("CARGO_MANIFEST_DIR"));
    assert_states(env!("CARGO_MANIFEST_DIR"), &[consumed.to_string()]);
}
