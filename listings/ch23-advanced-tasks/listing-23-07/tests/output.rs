use book_support::{bless, book_output, run};

fn position(lines: &[&str], line: &str) -> usize {
    let found: Vec<usize> = (0..lines.len()).filter(|&i| lines[i] == line).collect();
    assert_eq!(found.len(), 1, "{line:?} exactly once in {lines:?}");
    found[0]
}

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
    let start_b = position(rest, "Start playing B");
    let api = position(rest, "calling api.....");
    let error = position(rest, "tasks: Error calling");
    let finished_b = position(rest, "Finished playing B");
    assert!(api < error && start_b < finished_b, "{output}");
    assert_eq!(rest.last(), Some(&"main ends"), "{output}");
}

#[test]
fn live_run_stops_futures_not_tasks() {
    let live = run(env!("CARGO_BIN_EXE_listing-23-07"), &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn book_output_stops_futures_not_tasks() {
    check(&book_output(env!("CARGO_MANIFEST_DIR")));
}
