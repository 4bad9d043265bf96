use book_support::{assert_numbered_lines, bless, book_output, run};

/// Each named thread's ten lines, complete and in order, however the two interleave.
fn check(output: &str) {
    assert_numbered_lines(output, "A", 10);
    assert_numbered_lines(output, "B", 10);
    assert_eq!(output.lines().count(), 20, "{output}");
}

#[test]
fn live_run_prints_both_threads_lines_in_order() {
    let live = run(env!("CARGO_BIN_EXE_listing-16-01"), &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn book_output_prints_both_threads_lines_in_order() {
    check(&book_output(env!("CARGO_MANIFEST_DIR")));
}
