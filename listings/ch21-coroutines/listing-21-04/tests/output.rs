use book_support::run;
use book_support::tasks::assert_lines_then_pauses;

/// Any run: both greetings start before either ends, and the run lasts at least one pause of
/// 0.1 s. (How much longer is the machine's business; tests/timing.rs checks the time
/// exactly.) The chapter says that the run it shows took 0.1 s: one pause, not two.
#[test]
fn runs_both_at_once() {
    let live = run(env!("CARGO_BIN_EXE_listing-21-04"), &[]);
    let greetings = ["Hello", "Hello", "World", "World"];
    assert_lines_then_pauses(env!("CARGO_MANIFEST_DIR"), &live.stdout, &greetings, 0.1);
}
