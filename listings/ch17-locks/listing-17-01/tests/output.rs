use book_support::prose::assert_states;
use book_support::threads::assert_invariants_and_shows;
use book_support::{book_output, lines_starting_with, run};

const NAMES: [&str; 3] = ["A", "B", "C"];

/// Each thread's six lines, complete and in its own order. Returns whether a round was
/// interrupted: a step 1 followed by anything but a step 2.
fn check(output: &str) -> bool {
    for name in NAMES {
        let expected: Vec<String> = (0..2)
            .flat_map(|round| {
                (1..=3).map(move |step| format!("{name} - round {round} - step {step}"))
            })
            .collect();
        assert_eq!(lines_starting_with(output, &format!("{name} - ")), expected);
    }
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 18, "{output}");
    lines
        .windows(2)
        .any(|pair| pair[0].contains("step 1") && !pair[1].contains("step 2"))
}

/// The live run, and the run the book shows, print each thread's steps in order. The chapter
/// shows this run to make a point: without the lock, rounds interleave.
#[test]
fn prints_each_threads_steps_in_order_and_the_book_shows_a_round_interrupted() {
    let live = run(env!("CARGO_BIN_EXE_listing-17-01"), &[]);
    assert_invariants_and_shows(
        env!("CARGO_MANIFEST_DIR"),
        &live.stdout,
        check,
        "a round interrupted",
    );
}

/// The chapter says how many lines each thread prints: 6.
#[test]
fn the_chapter_states_each_threads_line_count() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    for name in NAMES {
        let lines = lines_starting_with(&shown, &format!("{name} - ")).len();
        assert_states(env!("CARGO_MANIFEST_DIR"), &[lines.to_string()]);
    }
}
