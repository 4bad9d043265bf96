use std::sync::mpsc::{self, TryRecvError};

use book_support::prose::assert_states;
use book_support::threads::assert_invariants_and_shows;
use book_support::{book_output, lines_starting_with, run};

#[path = "../src/main.rs"]
#[allow(dead_code)]
mod listing;

/// The numbers of the steps whose lines the logger wrote, and the counts of the last line.
fn parse(output: &str) -> (Vec<u32>, u32, u32) {
    let steps: Vec<u32> = lines_starting_with(output, "log: ")
        .iter()
        .map(|line| {
            let n = line.strip_prefix("log: step ").unwrap();
            n.strip_suffix(" done").unwrap().parse().unwrap()
        })
        .collect();
    let last = output.lines().last().unwrap();
    let counts = last
        .strip_prefix("main: ")
        .and_then(|rest| rest.strip_suffix(" dropped"))
        .and_then(|rest| rest.split_once(" lines written, "))
        .unwrap_or_else(|| panic!("unexpected last line `{last}`"));
    (steps, counts.0.parse().unwrap(), counts.1.parse().unwrap())
}

/// Whatever the logger kept up with: the lines it wrote are steps in the order they were sent,
/// steps 1 and 2 among them (the queue starts empty, with room for two); the last line counts
/// them, and written + dropped is the ten lines sent. Returns whether any line was dropped.
fn check(output: &str) -> bool {
    let (steps, written, dropped) = parse(output);
    assert_eq!(output.lines().count(), steps.len() + 1, "{output}");
    assert!(steps.windows(2).all(|w| w[0] < w[1]), "order:\n{output}");
    assert!(steps.iter().all(|n| (1..=10).contains(n)), "{output}");
    assert_eq!(
        steps[..2],
        [1, 2],
        "the first two lines always fit:\n{output}"
    );
    assert_eq!(written as usize, steps.len(), "{output}");
    assert_eq!(written + dropped, 10, "{output}");
    dropped > 0
}

/// The live run, and the run the book shows, count every line written or dropped. The chapter
/// explains dropped lines with the run it shows: that run must have some.
#[test]
fn counts_every_line_written_or_dropped_and_the_book_shows_lines_dropped() {
    let live = run(env!("CARGO_BIN_EXE_solution-16-01"), &[]);
    assert_invariants_and_shows(
        env!("CARGO_MANIFEST_DIR"),
        &live.stdout,
        check,
        "lines dropped",
    );
}

/// With nobody receiving, a queue of two takes two lines and drops the third, at once; the
/// dropped line is really gone, not queued.
#[test]
fn a_full_queue_drops_the_line_without_waiting() {
    let (queue, lines) = mpsc::sync_channel(2);
    assert!(listing::log(&queue, "a".to_owned()));
    assert!(listing::log(&queue, "b".to_owned()));
    assert!(!listing::log(&queue, "c".to_owned()));
    assert_eq!(lines.try_recv().as_deref(), Ok("a"));
    assert_eq!(lines.try_recv().as_deref(), Ok("b"));
    assert_eq!(lines.try_recv(), Err(TryRecvError::Empty));
    // Room again: the next line is taken.
    assert!(listing::log(&queue, "d".to_owned()));
    assert_eq!(lines.try_recv().as_deref(), Ok("d"));
}

/// A rendezvous queue with no receiver waiting has no room at all.
#[test]
fn a_rendezvous_queue_with_nobody_waiting_drops_the_line() {
    let (queue, _lines) = mpsc::sync_channel(0);
    assert!(!listing::log(&queue, "a".to_owned()));
}

#[test]
#[should_panic(expected = "the logger has stopped")]
fn a_logger_that_has_gone_is_a_bug() {
    let (queue, lines) = mpsc::sync_channel(2);
    drop(lines);
    listing::log(&queue, "a".to_owned());
}

/// The chapter describes the run it shows: steps 1 and 2 written, 8 dropped, of the 10 sent.
#[test]
fn the_chapter_states_what_the_run_shown_wrote_and_dropped() {
    let (steps, written, dropped) = parse(&book_output(env!("CARGO_MANIFEST_DIR")));
    assert_eq!(written as usize, steps.len());
    let mut stated: Vec<String> = steps.iter().map(u32::to_string).collect();
    stated.extend([dropped, written + dropped].map(|n| n.to_string()));
    assert_states(env!("CARGO_MANIFEST_DIR"), &stated);
}
