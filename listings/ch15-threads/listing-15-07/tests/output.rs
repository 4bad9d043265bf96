use std::thread;

use book_support::{assert_invariants, run};

/// The number the first line of `output` prints, after checking what any run prints, on any
/// machine: the available parallelism, at least 1, then that many threads' total of
/// 1..=1000000.
fn threads_printed(output: &str) -> usize {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 2, "two lines:\n{output}");
    let threads: usize = lines[0]
        .strip_prefix("available parallelism: ")
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("the available parallelism first:\n{output}"));
    assert!(threads >= 1, "{output}");
    let total: u64 = (1..=1_000_000).sum();
    assert_eq!(
        lines[1],
        format!("{threads} threads added up 1..=1000000: {total}"),
        "{output}"
    );
    threads
}

/// The listing prints what `available_parallelism` returns on the machine that runs it (here,
/// in this test's own process, which the listing's inherits its limits from); the run the book
/// shows, made on another machine, may show another number, but is checked the same way.
#[test]
fn prints_the_available_parallelism_and_uses_that_many_threads() {
    let live = run(env!("CARGO_BIN_EXE_listing-15-07"), &[]);
    let here = thread::available_parallelism().map_or(1, |n| n.get());
    assert_eq!(threads_printed(&live.stdout), here, "{}", live.stdout);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, |output| {
        threads_printed(output);
    });
}
