use book_support::{
    assert_invariants, assert_one_line_error, book_output, lines_starting_with, run,
};

const BIN: &str = env!("CARGO_BIN_EXE_solution-19-02");
const COUNTS: [&str; 3] = ["60", "20", "40"];

/// What any run must print: each worker's result once as it finishes, in whatever order; then
/// every result again, in input order.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 2 * COUNTS.len() + 1, "{output}");
    let results = ["sum 60 = 1830", "sum 20 = 210", "sum 40 = 820"];
    let mut finished: Vec<&str> = lines[..3]
        .iter()
        .map(|line| line.strip_prefix("finished: ").unwrap_or(line))
        .collect();
    finished.sort();
    let mut expected = results;
    expected.sort();
    assert_eq!(
        finished, expected,
        "each result once as it finished:\n{output}"
    );
    assert_eq!(lines[3], "in input order:");
    assert_eq!(lines[4..], results, "{output}");
}

#[test]
fn every_run_prints_every_result_as_it_finishes_then_in_input_order() {
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &run(BIN, &COUNTS).stdout, check);
}

/// The chapter says that in the run it shows, the shortest job finished first and the longest
/// last.
#[test]
fn book_output_shows_the_workers_finishing_shortest_first() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(
        lines_starting_with(&shown, "finished: "),
        [
            "finished: sum 20 = 210",
            "finished: sum 40 = 820",
            "finished: sum 60 = 1830"
        ],
        "the chapter's description no longer fits:\n{shown}"
    );
}

/// Three `cat` processes, each of which ends when its stdin is closed: this thread ends them one
/// at a time, in the order 1, 2, 0, and lets the next one end only after the last has been
/// reported. The pairs come in exactly that order, each with its own child's output.
#[cfg(unix)]
#[test]
fn the_outputs_come_in_the_order_the_children_finish() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    use std::sync::mpsc::RecvTimeoutError;
    use std::time::Duration;

    let mut inputs = Vec::new();
    let mut children = Vec::new();
    for _ in 0..3 {
        let mut child = Command::new("cat")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        inputs.push(Some(child.stdin.take().unwrap()));
        children.push(child);
    }
    let order = [1, 2, 0];
    let finished = solution_19_02::as_they_finish(children);
    let timeout = book_support::run::TIMEOUT;
    let mut seen = Vec::new();
    for next in order {
        let mut input = inputs[next].take().unwrap();
        writeln!(input, "child {next}").unwrap();
        drop(input); // end of its input: this `cat` exits
        let (index, output) = finished.recv_timeout(timeout).expect("no child reported");
        let output = output.unwrap();
        assert!(output.status.success());
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            format!("child {index}\n")
        );
        seen.push(index);
    }
    assert_eq!(seen, order);
    // Every child has reported, and no sender is left: the iteration ends.
    let end = finished.recv_timeout(Duration::from_secs(5));
    assert!(
        matches!(end, Err(RecvTimeoutError::Disconnected)),
        "{end:?}"
    );
}

/// Bad arguments are refused before any worker starts.
#[test]
fn bad_arguments_are_a_one_line_error() {
    let usage = "Error: usage: solution-19-02 COUNT... (a worker: solution-19-02 sum COUNT)\n";
    assert_one_line_error(BIN, &[], usage);
    let not_a_number = "Error: COUNT must be a whole number, not `twenty`\n";
    assert_one_line_error(BIN, &["60", "twenty"], not_a_number);
}
