//! A benchmark's numbers change from run to run and machine to machine: the test runs its quick
//! mode and checks the table's shape, never a time.

use book_support::{run, run_unchecked};

const BIN: &str = env!("CARGO_BIN_EXE_listing-18-01");

/// `tasks: 500, worker threads in the pool: 2`, a header, then one row per method with two
/// numbers.
fn check_table(output: &str, tasks: u64) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 5, "five lines:\n{output}");
    let workers = lines[0]
        .strip_prefix(&format!("tasks: {tasks}, worker threads in the pool: "))
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or_else(|| panic!("first line: {}", lines[0]));
    assert!(workers >= 1);
    assert_eq!(
        lines[1].split_whitespace().collect::<Vec<_>>(),
        ["method", "total", "(ms)", "per", "task", "(µs)"]
    );
    let methods = [
        "on this thread",
        "a new thread per task",
        "a pool of worker threads",
    ];
    for (line, method) in lines[2..].iter().zip(methods) {
        let numbers = line
            .strip_prefix(method)
            .unwrap_or_else(|| panic!("`{line}` is not the row of `{method}`"));
        let numbers: Vec<f64> = numbers
            .split_whitespace()
            .map(|n| {
                n.parse()
                    .unwrap_or_else(|_| panic!("not a number in `{line}`"))
            })
            .collect();
        assert_eq!(numbers.len(), 2, "total and per task in `{line}`");
        assert!(numbers.iter().all(|n| *n >= 0.0), "`{line}`");
    }
}

#[test]
fn quick_mode_prints_the_table() {
    let live = run(BIN, &["--quick"]);
    check_table(&live.stdout, 500);
}

#[test]
fn a_bad_argument_is_a_one_line_error() {
    for args in [&["--fast"][..], &["--quick", "--quick"]] {
        let live = run_unchecked(BIN, args);
        assert_eq!(live.status.code(), Some(2), "{args:?}");
        assert_eq!(live.stderr, "error: usage: listing-18-01 [--quick]\n");
        assert!(live.stdout.is_empty());
    }
}

/// The chapter's numbers are the medians of the release runs recorded in `measured.txt`.
#[test]
fn the_chapter_quotes_the_medians_of_the_measured_runs() {
    let runs = book_support::measured::runs(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(runs.len(), 5, "five runs");
    for run in &runs {
        check_table(run, 20_000);
    }
    book_support::measured::assert_pages_quote_medians(&runs, "ch18-thread-pools.md");
}
