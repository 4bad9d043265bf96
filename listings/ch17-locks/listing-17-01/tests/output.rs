use book_support::{bless, book_output, lines_starting_with, run};

const NAMES: [&str; 3] = ["A", "B", "C"];

/// Each thread's six lines, complete and in its own order.
fn check(output: &str) {
    for name in NAMES {
        let expected: Vec<String> = (0..2)
            .flat_map(|round| {
                (1..=3).map(move |step| format!("{name} - round {round} - step {step}"))
            })
            .collect();
        assert_eq!(lines_starting_with(output, &format!("{name} - ")), expected);
    }
    assert_eq!(output.lines().count(), 18, "{output}");
}

#[test]
fn live_run_prints_each_threads_steps_in_order() {
    let live = run(env!("CARGO_BIN_EXE_listing-17-01"), &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn book_output_prints_each_threads_steps_in_order() {
    check(&book_output(env!("CARGO_MANIFEST_DIR")));
}

/// The chapter shows this run to make a point: without the lock, rounds interleave.
#[test]
fn book_output_shows_a_round_interrupted() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let lines: Vec<&str> = shown.lines().collect();
    let interrupted = lines
        .windows(2)
        .any(|pair| pair[0].contains("step 1") && !pair[1].contains("step 2"));
    assert!(interrupted, "no round is interrupted in:\n{shown}");
}
