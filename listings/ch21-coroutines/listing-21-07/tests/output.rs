use book_support::tasks::{assert_each_in_order, assert_timeline};
use book_support::{assert_invariants, run};

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
    book_support::prose::assert_states(dir, &[timeline.millis_at("B: done")]);
    book_support::tasks::assert_shown_run_is(env!("CARGO_MANIFEST_DIR"), &timeline);
}
