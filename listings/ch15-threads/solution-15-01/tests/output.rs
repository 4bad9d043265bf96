use book_support::{assert_numbered_lines, bless, book_output, run};

#[path = "../src/main.rs"]
#[allow(dead_code)]
mod listing;

/// Each thread's lines complete and in order, then the counts that `join` handed back, then the
/// total: the last two lines come after every thread line, because `main` joined both threads.
fn check(output: &str) {
    assert_numbered_lines(output, "A", 3);
    assert_numbered_lines(output, "B", 5);
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 3 + 5 + 2, "line count:\n{output}");
    assert_eq!(
        lines[8..],
        [
            "A printed 3 lines, B printed 5",
            "Main thread ends: 8 lines in all"
        ],
        "the last two lines of:\n{output}"
    );
}

#[test]
fn live_run_reports_what_each_thread_returned() {
    let live = run(env!("CARGO_BIN_EXE_solution-15-01"), &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn book_output_reports_what_each_thread_returned() {
    check(&book_output(env!("CARGO_MANIFEST_DIR")));
}

/// The count comes back through `join`, from a thread, for any count (0 included).
#[test]
fn join_returns_each_threads_line_count() {
    for count in [0, 1, 4] {
        let handle = std::thread::spawn(move || listing::task("T", count));
        assert_eq!(handle.join().unwrap(), count);
    }
}
