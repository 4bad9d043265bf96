use book_support::{assert_invariants, position, run};

/// The thread a `Hello` line names, e.g. `main` in `A: Hello, on thread main`.
fn hello_thread<'a>(lines: &[&'a str], name: &str) -> &'a str {
    let prefix = format!("{name}: Hello, on thread ");
    let found: Vec<&str> = lines
        .iter()
        .filter_map(|line| line.strip_prefix(prefix.as_str()))
        .collect();
    assert_eq!(found.len(), 1, "{name}'s Hello line: {lines:?}");
    found[0]
}

/// Any run. `join!`: A and B start in order on main's thread and both end before anything
/// is spawned. `spawn`: C and D run on worker threads and start before main awaits them.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 9, "{output}");
    assert_eq!(
        lines[..2],
        ["A: Hello, on thread main", "B: Hello, on thread main"],
        "{output}"
    );
    let mut ends = lines[2..4].to_vec();
    ends.sort();
    assert_eq!(ends, ["A: World", "B: World"], "{output}");

    let awaiting = position(&lines, "main: awaiting the tasks");
    for name in ["C", "D"] {
        assert_ne!(
            hello_thread(&lines, name),
            "main",
            "{name} ran on main's thread"
        );
        let hello = lines
            .iter()
            .position(|l| l.starts_with(&format!("{name}: Hello")))
            .unwrap();
        let world = position(&lines, &format!("{name}: World"));
        assert!(
            hello > 3 && hello < awaiting,
            "{name} had not started:\n{output}"
        );
        assert!(world > hello, "{name}'s lines out of order:\n{output}");
    }
}

/// Any run starts the tasks at once: the live run, and the one the book shows.
#[test]
fn starts_tasks_at_once() {
    let live = run(env!("CARGO_BIN_EXE_listing-22-01"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}
