use book_support::run;
use book_support::tasks::assert_lines_then_pauses;

/// Any run: the two calls one after the other, and at least two pauses of 0.1 s in all
/// (`thread::sleep` sleeps at least as long as asked; how much longer depends on the machine).
/// The chapter says that the run it shows took 0.2 s.
#[test]
fn takes_two_pauses() {
    let live = run(env!("CARGO_BIN_EXE_listing-21-03"), &[]);
    let greetings = ["Hello", "World", "Hello", "World"];
    assert_lines_then_pauses(env!("CARGO_MANIFEST_DIR"), &live.stdout, &greetings, 0.2);
}
