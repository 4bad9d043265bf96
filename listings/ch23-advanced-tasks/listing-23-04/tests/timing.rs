//! Timing out without cancelling, exactly, on tokio's paused clock.

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use std::time::Duration;
use tokio::time::Instant;

const SECOND: Duration = Duration::from_secs(1);

/// The wait times out at 2 s, the task plays on, and awaiting it again returns its value at
/// its own end, 5 s — not at the timeout, and not later.
#[tokio::test(start_paused = true)]
async fn the_shielded_task_finishes_at_its_own_time() {
    for unit in [SECOND, SECOND / 10] {
        let start = Instant::now();
        assert_eq!(listing::my_timeout(5 * unit, 2 * unit).await, "B");
        assert_eq!(start.elapsed(), 5 * unit);
    }
}

/// A song shorter than the limit: no timeout, the value at the song's end.
#[tokio::test(start_paused = true)]
async fn no_timeout_when_the_task_ends_in_time() {
    let start = Instant::now();
    assert_eq!(listing::my_timeout(SECOND, 2 * SECOND).await, "B");
    assert_eq!(start.elapsed(), SECOND);
}
