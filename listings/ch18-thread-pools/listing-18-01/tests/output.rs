//! A benchmark's numbers change from run to run and machine to machine: the test runs the
//! program and checks the table's shape, never a time.

use book_support::prose::assert_states;
use book_support::run;

const BIN: &str = env!("CARGO_BIN_EXE_listing-18-01");

/// `tasks: 1000, worker threads in the pool: 2`, a header, then one row per method with two
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
fn prints_the_table_the_chapter_shows() {
    let live = run(BIN, &[]);
    check_table(&live.stdout, 1_000);
}

/// The chapter's numbers are the medians of the release runs recorded in `measured.txt`.
#[test]
fn the_chapter_quotes_the_medians_of_the_measured_runs() {
    let runs = book_support::measured::runs(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(runs.len(), 5, "five runs");
    for run in &runs {
        check_table(run, 1_000);
    }
    book_support::measured::assert_pages_quote_medians(&runs, "ch18-thread-pools.md");
    // The prose quotes the per-task medians too: a thread's rounded, a pool's as printed.
    let medians = book_support::measured::medians(&runs);
    let per_task = |method: &str| medians.iter().find(|(m, _)| m == method).unwrap().1[1].clone();
    let thread: f64 = per_task("a new thread per task").parse().unwrap();
    let quoted = [format!("{thread:.0}"), per_task("a pool of worker threads")];
    // Microseconds: `µs` in English prose, 微秒 in Chinese (CONTRIBUTING.md, "Typography").
    for (dir, unit) in [("zh", " 微秒"), ("en", " µs")] {
        let page = book_support::book::root()
            .join("src")
            .join(dir)
            .join("ch18-thread-pools.md");
        let text = std::fs::read_to_string(&page).unwrap();
        for number in &quoted {
            let said = format!("{number}{unit}");
            assert!(
                text.contains(&said),
                "{} does not say {said}",
                page.display()
            );
        }
    }
}

/// The chapter says how many tasks the measured runs ran (1000), on how many workers (2).
#[test]
fn the_chapter_states_the_measured_runs_tasks_and_workers() {
    for run in book_support::measured::runs(env!("CARGO_MANIFEST_DIR")) {
        let first = run.lines().find(|l| l.starts_with("tasks: ")).unwrap();
        let (tasks, workers) = first
            .strip_prefix("tasks: ")
            .and_then(|rest| rest.split_once(", worker threads in the pool: "))
            .unwrap();
        assert_states(env!("CARGO_MANIFEST_DIR"), &[tasks, workers]);
    }
}
