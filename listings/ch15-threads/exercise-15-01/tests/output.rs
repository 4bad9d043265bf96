use book_support::{assert_numbered_lines, bless, book_output, run};

/// What any run must print: each thread's lines complete and in its own order, however the
/// two threads interleave, and the main thread's line last.
fn check(output: &str) {
    assert_numbered_lines(output, "A", 3);
    assert_numbered_lines(output, "B", 5);
    assert_eq!(output.lines().count(), 3 + 5 + 1, "line count:\n{output}");
    assert_eq!(output.lines().last(), Some("Main thread ends"));
}

#[test]
fn live_run_keeps_each_threads_order() {
    let live = run(env!("CARGO_BIN_EXE_exercise-15-01"), &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn book_output_keeps_each_threads_order() {
    check(&book_output(env!("CARGO_MANIFEST_DIR")));
}
