use book_support::pipeline::stress;
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
