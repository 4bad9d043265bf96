use book_support::{assert_invariants, run};

/// Any run: the three messages whole and in order, `msg1`, `msg2`, `msg3`, whenever the ticks
/// come between them; `end of stream` once, last. When the ticks come depends on the timing:
/// tests/timing.rs has the exact run on the paused clock.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    let (last, rest) = lines.split_last().expect("some output");
    assert_eq!(*last, "end of stream", "{output}");
    let (_ticks, got): (Vec<&str>, Vec<&str>) =
        rest.iter().copied().partition(|line| *line == "tick");
    assert_eq!(got, ["got msg1", "got msg2", "got msg3"], "{output}");
}

#[test]
fn every_message_arrives_whole() {
    let live = run(env!("CARGO_BIN_EXE_listing-23-10"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}
