use book_support::tasks::assert_timeline;
use book_support::{assert_invariants, run};

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
    let stated =
        ["A: reply 1 received", "B: reply 2 received"].map(|line| timeline.millis_at(line));
    book_support::prose::assert_states(dir, &stated);
    book_support::tasks::assert_shown_run_is(env!("CARGO_MANIFEST_DIR"), &timeline);
}
