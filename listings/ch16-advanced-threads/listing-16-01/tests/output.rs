use book_support::threads::assert_threads_then;
use book_support::{assert_invariants, run};

/// Live and in the run the book shows: each named thread's ten lines, complete and in order,
/// however the two interleave, and nothing else.
#[test]
fn prints_both_threads_lines_in_order() {
    let live = run(env!("CARGO_BIN_EXE_listing-16-01"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, |output| {
        assert_threads_then(output, &[("A", 10), ("B", 10)], &[])
    });
}
