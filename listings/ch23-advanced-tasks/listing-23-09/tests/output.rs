use book_support::{assert_invariants, run};

/// What `send_messages` sends, in order.
const SENT: &str = "msg1msg2msg3";

/// Any run: ticks, and 4-byte messages made only of bytes that were sent, in the order they were
/// sent, never more (a tick drops a `read_exact` with the bytes it holds); `msg1` first, since it
/// is written whole before anything else; `end of stream` once, last. Which bytes are lost
/// depends on when the ticks come: tests/timing.rs proves it on the paused clock.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    let (last, rest) = lines.split_last().expect("some output");
    assert_eq!(*last, "end of stream", "{output}");
    let mut received = String::new();
    for line in rest.iter().filter(|line| **line != "tick") {
        let message = line.strip_prefix("got ");
        let message = message.unwrap_or_else(|| panic!("{line:?} in:\n{output}"));
        assert_eq!(message.len(), 4, "{output}");
        received.push_str(message);
    }
    assert!(received.starts_with("msg1"), "{output}");
    let mut sent = SENT.chars();
    assert!(
        received.chars().all(|byte| sent.any(|s| s == byte)),
        "received {received:?}, which is not bytes of {SENT:?} in order:\n{output}"
    );
}

#[test]
fn receives_only_bytes_that_were_sent() {
    let live = run(env!("CARGO_BIN_EXE_listing-23-09"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}
