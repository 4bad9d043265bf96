//! Racing a song against a timeout and a shutdown signal, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

use book_support::tasks::timed;
use std::time::Duration;
use tokio::sync::oneshot;
use tokio::time::Instant;

const SECOND: Duration = Duration::from_secs(1);

/// Each branch can win: the song (at its end), the timeout (at the limit), the shutdown (when it
/// is sent). `select!` returns when the first one does, and drops the others. After the shutdown,
/// its branch is off.
#[tokio::test(start_paused = true)]
async fn the_first_branch_to_finish_wins() {
    let (_stop, mut shutdown) = oneshot::channel();
    let race = listing::play_within("A", SECOND, 2 * SECOND, &mut shutdown);
    assert_eq!(timed(Instant::now, race).await.1, SECOND, "the song wins");
    let race = listing::play_within("B", 3 * SECOND, 2 * SECOND, &mut shutdown);
    assert_eq!(
        timed(Instant::now, race).await.1,
        2 * SECOND,
        "the timeout wins"
    );
    let (stop, mut shutdown) = oneshot::channel();
    tokio::spawn(async move {
        tokio::time::sleep(SECOND / 2).await;
        stop.send(()).unwrap();
    });
    let race = listing::play_within("C", 5 * SECOND, 10 * SECOND, &mut shutdown);
    assert_eq!(
        timed(Instant::now, race).await.1,
        SECOND / 2,
        "the shutdown wins"
    );
    // The shutdown has come: in the next race its branch is off, and polls no spent receiver.
    let race = listing::play_within("D", SECOND, 2 * SECOND, &mut shutdown);
    assert_eq!(
        timed(Instant::now, race).await.1,
        SECOND,
        "the shutdown is over"
    );
}

/// The program that `cargo run` runs, on the paused clock: A ends at 10 ms, before its limit; B
/// times out at 30 ms and never finishes; C is stopped by the shutdown at 45 ms. The run that
/// `output.txt` shows is this one, line for line.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "Start playing A"),
        (10, "Finished playing A"),
        (10, "A finished in time"),
        (10, "Start playing B"),
        (30, "B: timeout"),
        (30, "Start playing C"),
        (45, "C: shutdown"),
    ];
    let dir = env!("CARGO_MANIFEST_DIR");
    book_support::tasks::assert_timeline(dir, &timeline, &expected, &[]);
    let stated =
        ["A finished in time", "B: timeout", "C: shutdown"].map(|line| timeline.millis_at(line));
    book_support::prose::assert_states(dir, &stated);
    book_support::tasks::assert_shown_run_is(env!("CARGO_MANIFEST_DIR"), &timeline);
}
