use book_support::tasks::assert_in_order;
use book_support::{assert_invariants, run};

/// Any run. Futures: A starts, the API fails, `try_join!` returns the error, and A never
/// finishes, though main waits longer than the song. Tasks: both start (on worker threads, in
/// either order), `try_join!` returns the error after the API has failed, and B plays to the
/// end before main does.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 8, "{output}");
    assert_eq!(
        lines[..3],
        [
            "Start playing A",
            "calling api.....",
            "futures: Error calling"
        ],
        "{output}"
    );
    assert!(!lines.contains(&"Finished playing A"), "{output}");
    let rest = &lines[3..];
    assert_in_order(rest, &["calling api.....", "tasks: Error calling"]);
    assert_in_order(rest, &["Start playing B", "Finished playing B"]);
    assert_eq!(rest.last(), Some(&"main ends"), "{output}");
}

/// Any run stops the futures, not the tasks: the live run, and the one the book shows.
#[test]
fn stops_futures_not_tasks() {
    let live = run(env!("CARGO_BIN_EXE_listing-23-07"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}
