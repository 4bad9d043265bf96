//! gather's results and time, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

use book_support::tasks::timed;
use std::time::Duration;
use tokio::time::Instant;

const SECOND: Duration = Duration::from_secs(1);

/// `join!` gives ("A", "B") in argument order, whichever ends first, after the longer song.
#[tokio::test(start_paused = true)]
async fn join_gives_the_results_in_argument_order_after_the_longer_song() {
    for (a, b) in [(2 * SECOND / 10, SECOND / 10), (3 * SECOND, 5 * SECOND)] {
        let (results, took) = timed(Instant::now, listing::my_gather(a, b)).await;
        assert_eq!(results, (String::from("A"), String::from("B")));
        assert_eq!(took, a.max(b));
    }
}

/// `join_all` takes any number of futures and keeps their order.
#[tokio::test(start_paused = true)]
async fn join_all_keeps_input_order_and_waits_for_the_longest() {
    let songs: Vec<(&str, Duration)> = vec![
        ("A", 3 * SECOND),
        ("B", SECOND),
        ("C", 5 * SECOND),
        ("D", 2 * SECOND),
    ];
    let (results, took) = timed(Instant::now, listing::play_all(&songs)).await;
    assert_eq!(results, ["A", "B", "C", "D"]);
    assert_eq!(took, 5 * SECOND);
}

/// The program that `cargo run` runs, on the paused clock: `join!` returns after the longer song, 0.2 s; `join_all` of the same two songs, started at 0.2 s, after 0.2 s more.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "Start playing A"),
        (0, "Start playing B"),
        (100, "Finished playing B"),
        (200, "Finished playing A"),
        (200, r#"("A", "B")"#),
        (200, "Start playing A"),
        (200, "Start playing B"),
        (300, "Finished playing B"),
        (400, "Finished playing A"),
        (400, r#"["A", "B"]"#),
    ];
    let stated = [r#"("A", "B")"#];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
