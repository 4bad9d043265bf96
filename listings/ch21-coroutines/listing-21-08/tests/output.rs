use book_support::tasks::{Timeline, assert_timeline};
use book_support::{assert_invariants, book_output, run};

/// Any run: whichever task locks first, each request's reply comes before the next request is
/// sent (the lock is held across the wait), and the requests are numbered 1 and 2 in order.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 4, "{output}");
    let first = &lines[0][..1];
    let second = if first == "A" { "B" } else { "A" };
    let expected = [
        format!("{first}: request 1 sent"),
        format!("{first}: reply 1 received"),
        format!("{second}: request 2 sent"),
        format!("{second}: reply 2 received"),
    ];
    assert_eq!(lines, expected, "{output}");
}

#[test]
fn one_request_at_a_time() {
    let live = run(env!("CARGO_BIN_EXE_listing-21-08"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}

book_support::listing_on_paused_clock!("../src/main.rs");

/// The program that `cargo run` runs, on the paused clock: B's request waits for A's reply, so
/// the two waits of 10 ms follow each other, and the last reply arrives at 20 ms.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "A: request 1 sent"),
        (10, "A: reply 1 received"),
        (10, "B: request 2 sent"),
        (20, "B: reply 2 received"),
    ];
    let dir = env!("CARGO_MANIFEST_DIR");
    assert_timeline(dir, &timeline, &expected, &[]);
    let stated = ["A: reply 1 received", "B: reply 2 received"].map(|line| ms_at(&timeline, line));
    book_support::prose::assert_states(dir, &stated);
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
