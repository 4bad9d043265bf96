//! `read_buf` into a buffer that persists loses nothing, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

/// The program that `cargo run` runs, on the paused clock: the same ticks at 20 ms and 40 ms;
/// `msg2` is whole at 30 ms, when its second half arrives, and `msg3` with it.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "got msg1"),
        (20, "tick"),
        (30, "got msg2"),
        (30, "got msg3"),
        (40, "tick"),
        (50, "end of stream"),
    ];
    let dir = env!("CARGO_MANIFEST_DIR");
    book_support::tasks::assert_timeline(dir, &timeline, &expected, &[]);
    let stated = ["got msg2", "end of stream"].map(|line| timeline.millis_at(line));
    book_support::prose::assert_states(dir, &stated);
    book_support::tasks::assert_shown_run_is(env!("CARGO_MANIFEST_DIR"), &timeline);
}

/// Nothing lost: the messages received are the ones sent, whole and in order.
#[tokio::test(start_paused = true)]
async fn every_message_arrives_whole() {
    let timeline = listing::timeline_of_main().await;
    let received: Vec<&str> = timeline
        .lines
        .iter()
        .filter_map(|(_, line)| line.strip_prefix("got "))
        .collect();
    assert_eq!(received, ["msg1", "msg2", "msg3"]);
}
