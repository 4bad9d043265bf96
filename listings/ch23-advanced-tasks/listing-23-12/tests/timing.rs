//! A timeout that drops a child's handle kills the child: on tokio's paused clock, and checked
//! in `/proc`.

book_support::listing_on_paused_clock!("../src/main.rs");

use book_support::procs;
use std::time::Duration;
use tokio::time::sleep;

/// The program that `cargo run` runs, on the paused clock: the child starts at 0 s, and is still
/// running at 0.1 s (`sleep 10` would run for 10 s); the time is up at 0.2 s, and the future that
/// owns the child's handle is dropped. Soon after, the child is gone: killed, and reaped by
/// tokio in the background. (Only this test starts children in this process.)
#[tokio::test(start_paused = true)]
#[cfg_attr(not(target_os = "linux"), ignore = "reads Linux's /proc")]
async fn main_prints_each_line_when_the_chapter_says_and_kills_the_child() {
    let me = std::process::id();
    assert_eq!(procs::children_of(me), [], "no child before main");
    let probe = tokio::spawn(async move {
        sleep(Duration::from_millis(100)).await;
        procs::children_of(me)
    });
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "child started"),
        (
            200,
            "timeout: the child's handle is dropped, and the child killed",
        ),
    ];
    let stated = ["timeout: the child's handle is dropped, and the child killed"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);

    let running = probe.await.unwrap();
    let [child] = running[..] else {
        panic!("one child at 0.1 s, not {running:?}");
    };
    // The kill is sent when the handle is dropped; the reaping follows whenever tokio's driver
    // next runs after SIGCHLD. Let it run, a millisecond at a time, for at most 10 s.
    for _ in 0..10_000 {
        if !procs::exists(child) {
            return;
        }
        std::thread::sleep(Duration::from_millis(1));
        tokio::task::yield_now().await;
    }
    panic!("the child {child} is still there 10 s after the timeout");
}
