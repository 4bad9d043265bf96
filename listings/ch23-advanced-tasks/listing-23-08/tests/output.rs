use book_support::{assert_invariants, run};

/// Any run: the songs start in order, A, B, C, and each race ends with one outcome before the
/// next starts: the song (`Finished playing X`, then `X finished in time`), the timeout, or the
/// shutdown, which comes once at most. Which branch wins depends on the timing, since on a
/// loaded machine several may be ready when `select!` polls them; tests/timing.rs proves on the
/// paused clock which one wins in the run the book shows.
fn check(output: &str) {
    let mut lines = output.lines();
    let mut shutdowns = 0;
    for music in ["A", "B", "C"] {
        let start = format!("Start playing {music}");
        assert_eq!(lines.next(), Some(start.as_str()), "{output}");
        let outcome = lines
            .next()
            .unwrap_or_else(|| panic!("{music} ends:\n{output}"));
        if outcome == format!("Finished playing {music}") {
            let in_time = format!("{music} finished in time");
            assert_eq!(lines.next(), Some(in_time.as_str()), "{output}");
        } else if outcome == format!("{music}: shutdown") {
            shutdowns += 1;
        } else {
            assert_eq!(outcome, format!("{music}: timeout"), "{output}");
        }
    }
    assert_eq!(lines.next(), None, "{output}");
    assert!(shutdowns <= 1, "{output}");
}

#[test]
fn each_race_has_one_winner() {
    let live = run(env!("CARGO_BIN_EXE_listing-23-08"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}
