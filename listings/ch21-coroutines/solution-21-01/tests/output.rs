use book_support::{bless, book_output, run};

/// The seconds in a line `{prefix}{seconds} s`.
fn seconds(line: &str, prefix: &str) -> f64 {
    line.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(" s"))
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("not `{prefix}<seconds> s`: {line:?}"))
}

/// Any run: all three greetings start before any of them ends, and the run lasts at least
/// one pause. (tests/timing.rs checks that it is exactly one.)
fn check(output: &str) -> f64 {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 7, "{output}");
    assert_eq!(
        lines[..6],
        ["Hello", "Hello", "Hello", "World", "World", "World"],
        "{output}"
    );
    let took = seconds(lines[6], "took ");
    assert!(took >= 0.05, "a pause of 0.05 s took {took} s");
    took
}

#[test]
fn live_run_greets_three_times_at_once() {
    let live = run(env!("CARGO_BIN_EXE_solution-21-01"), &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

/// The chapter says that the run it shows took one pause, 0.05 s.
#[test]
fn book_output_shows_one_pause() {
    let took = check(&book_output(env!("CARGO_MANIFEST_DIR")));
    assert_eq!(took, 0.05);
}
