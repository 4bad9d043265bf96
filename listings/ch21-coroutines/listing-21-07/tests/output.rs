use book_support::tasks::{Timeline, assert_each_in_order, assert_timeline};
use book_support::{assert_invariants, book_output, run};

/// Any run: each task counts its visit once, before it waits, and says it is done after; the
/// two visits are numbered 1 and 2, in either order (on the multi-thread runtime the tasks may
/// run at the same time, on two threads), and the total comes last.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 5, "{output}");
    let mut visits: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.contains(": visit "))
        .collect();
    visits.sort_unstable();
    let numbered = [["A: visit 1", "B: visit 2"], ["A: visit 2", "B: visit 1"]];
    assert!(numbered.contains(&[visits[0], visits[1]]), "{output}");
    for name in ["A", "B"] {
        let visit = visits.iter().find(|l| l.starts_with(name)).unwrap();
        assert_each_in_order(&lines, &[name], &[visit, "{name}: done"]);
    }
    assert_eq!(lines[4], "2 visits", "{output}");
}

#[test]
fn counts_each_visit_once() {
    let live = run(env!("CARGO_BIN_EXE_listing-21-07"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
    // As the chapter says: the visits are numbered 1 and 2, and there are 2.
    book_support::prose::assert_states(env!("CARGO_MANIFEST_DIR"), &["1", "2"]);
}

book_support::listing_on_paused_clock!("../src/main.rs");

/// The program that `cargo run` runs, on the paused clock: both visits counted at 0, and both
/// tasks done after one pause, 10 ms: the lock is released before the waits, which overlap.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "A: visit 1"),
        (0, "B: visit 2"),
        (10, "A: done"),
        (10, "B: done"),
        (10, "2 visits"),
    ];
    let dir = env!("CARGO_MANIFEST_DIR");
    assert_timeline(dir, &timeline, &expected, &[]);
    book_support::prose::assert_states(dir, &[ms_at(&timeline, "B: done")]);
    assert_shown(&timeline);
}

/// When `line` was printed (once), in milliseconds, as the chapter writes it: `10 ms`, `10 毫秒`.
fn ms_at(timeline: &Timeline, line: &str) -> String {
    timeline.seconds_at(line);
    let (at, _) = timeline
        .lines
        .iter()
        .find(|(_, printed)| printed == line)
        .unwrap();
    at.as_millis().to_string()
}

/// The lines of `output.txt` are exactly those of the timeline, in order: the run the book shows
/// is the exact one.
fn assert_shown(timeline: &Timeline) {
    let printed: Vec<&str> = timeline
        .lines
        .iter()
        .map(|(_, line)| line.as_str())
        .collect();
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(shown.lines().collect::<Vec<_>>(), printed, "output.txt");
}
