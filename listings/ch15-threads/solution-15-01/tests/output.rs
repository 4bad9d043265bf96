use book_support::threads::assert_threads_then;
use book_support::{assert_invariants, run};

#[path = "../src/main.rs"]
#[allow(dead_code)]
mod listing;

/// Live and in the run the book shows: each thread's lines complete and in order, then the counts
/// that `join` handed back, then the total: the last two lines come after every thread line,
/// because `main` joined both threads.
#[test]
fn reports_what_each_thread_returned() {
    let live = run(env!("CARGO_BIN_EXE_solution-15-01"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, |output| {
        assert_threads_then(
            output,
            &[("A", 3), ("B", 5)],
            &[
                "A printed 3 lines, B printed 5",
                "Main thread ends: 8 lines in all",
            ],
        )
    });
}

/// The count comes back through `join`, from a thread, for any count (0 included).
#[test]
fn join_returns_each_threads_line_count() {
    for count in [0, 1, 4] {
        let handle = std::thread::spawn(move || listing::task("T", count));
        assert_eq!(handle.join().unwrap(), count);
    }
}
