//! A timeout too long to be added to the clock is no limit: `get_timeout(Duration::MAX)` must
//! wait for an item, as `get` does, not panic on `Instant::now() + timeout`.

use std::thread;
use std::time::Duration;

use book_support::bounded;

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod solution;

#[test]
fn the_longest_timeout_waits_for_an_item() {
    bounded(|| {
        let queue = solution::SafeQueue::new(1);
        thread::scope(|s| {
            s.spawn(|| queue.put("late"));
            assert_eq!(queue.get_timeout(Duration::MAX), Some("late"));
        });
        queue.close();
        assert_eq!(queue.get_timeout(Duration::MAX), None, "closed and empty");
    });
}
