use book_support::run;
use book_support::tasks::assert_lines_then_pauses;

/// Any run: both greetings start before either ends, and the run lasts at least one pause,
/// 0.05 s. The chapter says that the run it shows took exactly that: one pause.
#[test]
fn greets_twice_at_once_in_one_pause() {
    let live = run(env!("CARGO_BIN_EXE_exercise-21-01"), &[]);
    let greetings = ["Hello", "Hello", "World", "World"];
    assert_lines_then_pauses(env!("CARGO_MANIFEST_DIR"), &live.stdout, &greetings, 0.05);
}
