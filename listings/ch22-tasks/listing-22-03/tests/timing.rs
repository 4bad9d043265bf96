//! The lesson's claim, exactly, on tokio's paused clock: two calls made as tasks take as long
//! as the longer one, not the sum.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use std::time::Duration;
use tokio::time::Instant;

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
