use std::thread;

use book_support::{assert_invariants, lines_starting_with, run};

const BIN: &str = env!("CARGO_BIN_EXE_listing-17-02");

/// Each thread's six lines in order, and the three steps of a round always together.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 18, "{output}");
    for round in lines.chunks(3) {
        let (name, rest) = round[0].split_once(" - ").unwrap();
        let round_no = rest.split(" - step").next().unwrap();
        for (step, line) in round.iter().enumerate() {
            let expected = format!("{name} - {round_no} - step {}", step + 1);
            assert_eq!(*line, expected, "a round was interrupted in:\n{output}");
        }
    }
    for name in ["A", "B", "C"] {
        assert_eq!(lines_starting_with(output, &format!("{name} - ")).len(), 6);
    }
}

/// The live run, and the run the book shows, keep every round together.
#[test]
fn keeps_every_round_together() {
    let live = run(BIN, &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}

/// The lock's promise holds run after run: 40 more runs, four at a time.
#[test]
fn forty_runs_never_interleave_a_round() {
    thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                for _ in 0..10 {
                    check(&run(BIN, &[]).stdout);
                }
            });
        }
    });
}
