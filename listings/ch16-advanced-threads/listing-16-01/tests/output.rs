use book_support::prose::assert_states;
use book_support::threads::assert_threads_then;
use book_support::{assert_invariants, book_output, lines_starting_with, run};

/// Live and in the run the book shows: each named thread's ten lines, complete and in order,
/// however the two interleave, and nothing else.
#[test]
fn prints_both_threads_lines_in_order() {
    let live = run(env!("CARGO_BIN_EXE_listing-16-01"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, |output| {
        assert_threads_then(output, &[("A", 10), ("B", 10)], &[])
    });
}

/// The chapter says how many lines each thread prints: 10.
#[test]
fn the_chapter_states_each_threads_line_count() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    for name in ["A", "B"] {
        let lines = lines_starting_with(&shown, &format!("{name} - ")).len();
        assert_states(env!("CARGO_MANIFEST_DIR"), &[lines.to_string()]);
    }
}
