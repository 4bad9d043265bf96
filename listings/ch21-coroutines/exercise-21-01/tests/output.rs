use book_support::{bless, book_output, run};

/// The seconds in a line `{prefix}{seconds} s`.
fn seconds(line: &str, prefix: &str) -> f64 {
    line.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(" s"))
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("not `{prefix}<seconds> s`: {line:?}"))
}

/// Any run: both greetings start before either ends, and the run lasts at least one pause.
fn check(output: &str) -> f64 {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 5, "{output}");
    assert_eq!(lines[..4], ["Hello", "Hello", "World", "World"], "{output}");
    let took = seconds(lines[4], "took ");
    assert!(took >= 0.05, "a pause of 0.05 s took {took} s");
    took
}

#[test]
fn live_run_greets_twice_at_once() {
    let live = run(env!("CARGO_BIN_EXE_exercise-21-01"), &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

/// The chapter says that the run it shows took one pause, 0.05 s.
#[test]
fn book_output_shows_one_pause() {
    let took = check(&book_output(env!("CARGO_MANIFEST_DIR")));
    assert_eq!(took, 0.05);
}
