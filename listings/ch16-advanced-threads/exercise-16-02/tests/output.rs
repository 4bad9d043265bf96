use book_support::pipeline::check_output;
use book_support::{bless, book_output, run};

const PRODUCERS: [&str; 3] = ["PA", "PB", "PC"];
const CONSUMERS: [&str; 2] = ["CA", "CB"];

#[test]
fn live_run_consumes_every_message_once() {
    let live = run(env!("CARGO_BIN_EXE_exercise-16-02"), &[]);
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
