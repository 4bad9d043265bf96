//! The lesson's claim, exactly, on tokio's paused clock: two calls made as tasks take as long
//! as the longer one, not the sum.

book_support::listing_on_paused_clock!("../src/main.rs");

use std::time::Duration;

use book_support::tasks::{assert_timeline, timeline};
use tokio::time::Instant;

/// The program that `cargo run` runs, on the paused clock: both calls start at once; task 1 ends
/// at 0.2 s, task 2 at 0.5 s, and the run spends 0.5 s, as the chapter and Figure 22-1 say.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = timeline(|| Instant::now().into_std(), listing::paused_main()).await;
    let expected = [
        (0, "A - step 1"),
        (0, "B - step 1"),
        (200, "A - step 2"),
        (200, "task 1 completed"),
        (500, "B - step 2"),
        (500, "task 2 completed"),
        (500, "spent 0.5 s"),
    ];
    let stated = ["A - step 2", "B - step 2"];
    assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}

#[tokio::test(start_paused = true)]
async fn two_tasks_take_the_longer_time_not_the_sum() {
    let ms = Duration::from_millis;
    let s = Duration::from_secs;
    // (A's delay, B's delay, time spent): the listing's, the course's, and the other way round.
    for (a, b, spent) in [
        (ms(200), ms(500), ms(500)),
        (s(2), s(5), s(5)),
        (s(5), s(2), s(5)),
    ] {
        let start = Instant::now();
        listing::call_apis(a, b).await;
        assert_eq!(start.elapsed(), spent, "A {a:?}, B {b:?}");
    }
}
