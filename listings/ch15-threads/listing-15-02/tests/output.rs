use book_support::run;
use book_support::threads::{assert_invariants_and_shows, assert_threads_then, printed_while};

/// What any run must print: each thread's lines complete and in its own order, however the
/// two threads interleave, and the main thread's line last. Returns whether B printed while A
/// was still running.
fn check(output: &str) -> bool {
    assert_threads_then(output, &[("A", 3), ("B", 5)], &["Main thread ends"]);
    printed_while(output, |l| l.starts_with("B - "), |l| l.starts_with("A - "))
}

/// The live run and the run the book shows keep each thread's order. The chapter says the lines
/// interleave: the run it shows must show that.
#[test]
fn keeps_each_threads_order_and_the_book_shows_them_interleaving() {
    let live = run(env!("CARGO_BIN_EXE_listing-15-02"), &[]);
    assert_invariants_and_shows(
        env!("CARGO_MANIFEST_DIR"),
        &live.stdout,
        check,
        "B running while A was running",
    );
}
