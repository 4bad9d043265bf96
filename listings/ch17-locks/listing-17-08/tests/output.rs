use book_support::book_output;
use book_support::pipeline::stress;
use book_support::prose::assert_states;
use book_support::threads::assert_main_consumes_every_message_once;

#[path = "../src/main.rs"]
#[allow(dead_code)]
mod listing;

/// The live run, and the run the book shows, consume every message exactly once.
#[test]
fn consumes_every_message_once() {
    assert_main_consumes_every_message_once(
        env!("CARGO_BIN_EXE_listing-17-08"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// The smallest queue the stress runs use. A SafeQueue needs room for at least one item.
const MIN_CAPACITY: usize = 1;

/// The same code 1,000 times with other capacities and thread counts.
#[test]
fn stress_every_message_delivered_exactly_once() {
    stress(listing::run, MIN_CAPACITY);
}

/// The chapter says how many messages the consumers get (30), and points at the first of PA's
/// messages that the run it shows printed after a later one (3, printed after 4).
#[test]
fn the_chapter_states_the_total_and_the_messages_printed_out_of_order() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let consumed =
        book_support::threads::messages_consumed_in_the_run_shown(env!("CARGO_MANIFEST_DIR"));
    // PA's messages in the order they were printed: (consumer, n).
    let pa: Vec<(&str, usize)> = shown
        .lines()
        .filter_map(|l| l.split_once(" - PA - "))
        .map(|(consumer, n)| (consumer, n.parse().unwrap()))
        .collect();
    let (at, later) = pa
        .iter()
        .enumerate()
        .find(|(at, (_, n))| pa[at + 1..].iter().any(|(_, m)| m < n))
        .map(|(at, &(_, n))| (at, n))
        .expect("the run shown prints PA's messages in order");
    let earlier = pa[at + 1..].iter().map(|&(_, m)| m).min().unwrap();
    let consumer_of = |n: usize| pa.iter().find(|(_, m)| *m == n).unwrap().0;
    assert_ne!(consumer_of(earlier), consumer_of(later), "{shown}");
    let stated = [consumed, earlier, later].map(|n| n.to_string());
    assert_states(env!("CARGO_MANIFEST_DIR"), &stated);
}
