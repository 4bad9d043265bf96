use book_support::run;
use book_support::tasks::{check_live_and_shown, seconds};

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use listing::PAUSE;

/// Any run. With `thread::sleep` the second greeting cannot start before the first has ended:
/// the one thread is asleep. With `spawn_blocking` both start first. The times are at least
/// two pauses and one pause (how much more is the machine's business).
fn check(output: &str) -> (f64, f64) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 10, "{output}");
    assert_eq!(lines[..4], ["Hello", "World", "Hello", "World"], "{output}");
    assert_eq!(
        lines[5..9],
        ["Hello", "Hello", "World", "World"],
        "{output}"
    );
    let blocking = seconds(lines[4], "thread::sleep: took ");
    let spawned = seconds(lines[9], "spawn_blocking: took ");
    let pause = PAUSE.as_secs_f64();
    assert!(
        blocking >= 2.0 * pause,
        "two pauses of {pause} s took {blocking} s"
    );
    assert!(spawned >= pause, "a pause of {pause} s took {spawned} s");
    (blocking, spawned)
}

/// Any run blocks with `thread::sleep`, then does not with `spawn_blocking`. The chapter says
/// that the run it shows took 0.2 s with `thread::sleep` and 0.1 s with `spawn_blocking`: two
/// pauses and one, which the paused clock cannot show, since it does not see a blocked thread.
#[test]
fn blocks_then_does_not() {
    let live = run(env!("CARGO_BIN_EXE_listing-21-05"), &[]);
    let shown = check_live_and_shown(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
    let tenths = |seconds: f64| (seconds * 10.0).round() / 10.0;
    let pause = PAUSE.as_secs_f64();
    assert_eq!(
        shown,
        (tenths(2.0 * pause), tenths(pause)),
        "the run shown, for PAUSE"
    );
    let stated = [shown.0.to_string(), shown.1.to_string()];
    book_support::prose::assert_states(env!("CARGO_MANIFEST_DIR"), &stated);
}
