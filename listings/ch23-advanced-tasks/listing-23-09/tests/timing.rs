//! `read_exact` in a `select!` loop loses data, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

/// What `send_messages` sends, in order.
const SENT: &str = "msg1msg2msg3";

/// The pieces of `sent` missing from `received`, which must be `sent` with pieces left out.
fn lost(sent: &str, received: &str) -> Vec<String> {
    let (mut lost, mut gap) = (Vec::new(), String::new());
    let mut received = received.chars().peekable();
    for byte in sent.chars() {
        if received.peek() == Some(&byte) {
            received.next();
            lost.extend((!gap.is_empty()).then(|| std::mem::take(&mut gap)));
        } else {
            gap.push(byte);
        }
    }
    assert_eq!(received.next(), None, "received bytes that were never sent");
    lost.extend((!gap.is_empty()).then_some(gap));
    lost
}

/// The program that `cargo run` runs, on the paused clock: the tick at 20 ms drops the
/// `read_exact` that holds `ms`, the first half of `msg2`; the next one reads `g2` and the start of
/// `msg3`, `ms`, at 30 ms; the tick at 40 ms drops the one that holds `g3`; the stream ends at
/// 50 ms.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "got msg1"),
        (20, "tick"),
        (30, "got g2ms"),
        (40, "tick"),
        (50, "end of stream"),
    ];
    let dir = env!("CARGO_MANIFEST_DIR");
    book_support::tasks::assert_timeline(dir, &timeline, &expected, &[]);
    let ticks = timeline.lines.iter().filter(|(_, line)| line == "tick");
    let stated: Vec<String> = ["got g2ms", "end of stream"]
        .map(|line| timeline.millis_at(line))
        .into_iter()
        .chain(ticks.map(|(at, _)| at.as_millis().to_string()))
        .collect();
    book_support::prose::assert_states(dir, &stated);
    book_support::tasks::assert_shown_run_is(env!("CARGO_MANIFEST_DIR"), &timeline);
}

/// Exactly which bytes were lost: `ms` of `msg2` and `g3` of `msg3`, each read by a `read_exact`
/// that a tick dropped. They were read from the pipe, not left in it: the stream still ended.
#[tokio::test(start_paused = true)]
async fn the_ticks_lose_half_of_two_messages() {
    let timeline = listing::timeline_of_main().await;
    let received: String = timeline
        .lines
        .iter()
        .filter_map(|(_, line)| line.strip_prefix("got "))
        .collect();
    assert_eq!(received, "msg1g2ms");
    assert_eq!(lost(SENT, &received), ["ms", "g3"]);
    assert_eq!(timeline.lines.last().unwrap().1, "end of stream");
}

#[test]
fn lost_finds_the_missing_pieces() {
    assert_eq!(lost("abcdef", "abcdef"), Vec::<String>::new());
    assert_eq!(lost("abcdef", "bdf"), ["a", "c", "e"]);
    assert_eq!(lost("msg1msg2msg3", "msg1g2ms"), ["ms", "g3"]);
}
