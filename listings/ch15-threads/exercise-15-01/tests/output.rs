use book_support::threads::assert_threads_then;
use book_support::{assert_invariants, run};

/// What any run must print, live and in the run the book shows: each thread's lines complete and
/// in its own order, however the two threads interleave, and the main thread's line last.
#[test]
fn keeps_each_threads_order() {
    let live = run(env!("CARGO_BIN_EXE_exercise-15-01"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, |output| {
        assert_threads_then(output, &[("A", 3), ("B", 5)], &["Main thread ends"])
    });
}
