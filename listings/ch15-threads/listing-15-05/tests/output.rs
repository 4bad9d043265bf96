use book_support::prose::assert_states;
use book_support::{assert_invariants, book_output, lines_starting_with, run};

/// The worker had started, main returned, and the process ended before the worker's five
/// steps were done: "worker: done" never appears.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.first(), Some(&"worker: step 1 of 5"), "{output}");
    assert!(lines.contains(&"main: returning without join"), "{output}");
    assert!(
        !lines.contains(&"worker: done"),
        "the worker finished:\n{output}"
    );
    let steps = lines_starting_with(output, "worker: step");
    let expected: Vec<String> = (1..=steps.len())
        .map(|n| format!("worker: step {n} of 5"))
        .collect();
    assert_eq!(steps, expected, "the worker's steps, in order");
}

/// The live run, and the run the book shows, end with main.
#[test]
fn ends_with_main() {
    let live = run(env!("CARGO_BIN_EXE_listing-15-05"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}

/// The chapter says how many steps the worker has: the `of 5` of its lines.
#[test]
fn the_chapter_states_the_workers_step_count() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let first = shown.lines().next().unwrap();
    let (_, steps) = first.rsplit_once(" of ").unwrap();
    assert_states(env!("CARGO_MANIFEST_DIR"), &[steps]);
}
