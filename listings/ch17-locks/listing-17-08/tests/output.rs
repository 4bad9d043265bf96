use book_support::pipeline::{check_output, stress};
use book_support::{bless, book_output, run};

#[path = "../src/main.rs"]
#[allow(dead_code)]
mod listing;

const PRODUCERS: [&str; 3] = ["PA", "PB", "PC"];
const CONSUMERS: [&str; 2] = ["CA", "CB"];

#[test]
fn live_run_consumes_every_message_once() {
    let live = run(env!("CARGO_BIN_EXE_listing-17-08"), &[]);
    check_output(&live.stdout, &PRODUCERS, &CONSUMERS, 10);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn book_output_consumes_every_message_once() {
    check_output(
        &book_output(env!("CARGO_MANIFEST_DIR")),
        &PRODUCERS,
        &CONSUMERS,
        10,
    );
}

/// The smallest queue the stress runs use. A SafeQueue needs room for at least one item.
const MIN_CAPACITY: usize = 1;

/// The same code 1,000 times with other capacities and thread counts.
#[test]
fn stress_every_message_delivered_exactly_once() {
    stress(listing::run, MIN_CAPACITY);
}
