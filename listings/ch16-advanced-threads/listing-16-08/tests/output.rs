use book_support::pipeline::stress;
use book_support::prose::assert_states;
use book_support::threads::{
    assert_main_consumes_every_message_once, messages_consumed_in_the_run_shown,
};

#[path = "../src/main.rs"]
#[allow(dead_code)]
mod listing;

/// The live run, and the run the book shows, consume every message exactly once.
#[test]
fn consumes_every_message_once() {
    assert_main_consumes_every_message_once(
        env!("CARGO_BIN_EXE_listing-16-08"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// The smallest queue the stress runs use. 0 makes a rendezvous queue: each send waits for a receive.
const MIN_CAPACITY: usize = 0;

/// The same code 1,000 times with other capacities and thread counts.
#[test]
fn stress_every_message_delivered_exactly_once() {
    stress(listing::run, MIN_CAPACITY);
}

/// The chapter says how many messages the consumers get: 30, the total of the last line.
#[test]
fn the_chapter_states_the_number_of_messages() {
    let consumed = messages_consumed_in_the_run_shown(env!("CARGO_MANIFEST_DIR"));
    assert_states(env!("CARGO_MANIFEST_DIR"), &[consumed.to_string()]);
}
