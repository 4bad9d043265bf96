//! A timeout that drops a child's handle kills the child: on tokio's paused clock, and checked
//! in `/proc`.

book_support::listing_on_paused_clock!("../src/main.rs");

use book_support::book_output;
use book_support::procs;
use book_support::tasks::Timeline;
use std::time::Duration;
use tokio::time::sleep;

/// The program that `cargo run` runs, on the paused clock: the child starts at 0 s, and is still
/// running at 10 ms (`sleep 10` would run for 10 s); the time is up at 20 ms, and the future that
/// owns the child's handle is dropped. Soon after, the child is gone: killed, and reaped by
/// tokio in the background. (Only this test starts children in this process.)
#[tokio::test(start_paused = true)]
#[cfg_attr(not(target_os = "linux"), ignore = "reads Linux's /proc")]
async fn main_prints_each_line_when_the_chapter_says_and_kills_the_child() {
    let me = std::process::id();
    assert_eq!(procs::children_of(me), [], "no child before main");
    let probe = tokio::spawn(async move {
        sleep(Duration::from_millis(10)).await;
        procs::children_of(me)
    });
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "child started"),
        (
            20,
            "timeout: the child's handle is dropped, and the child killed",
        ),
    ];
    let dir = env!("CARGO_MANIFEST_DIR");
    book_support::tasks::assert_timeline(dir, &timeline, &expected, &[]);
    let stated = [ms_at(&timeline, expected[1].1)];
    book_support::prose::assert_states(dir, &stated);
    assert_shown(&timeline);

    let running = probe.await.unwrap();
    let [child] = running[..] else {
        panic!("one child at 10 ms, not {running:?}");
    };
    // The kill is sent when the handle is dropped; the reaping follows whenever tokio's driver
    // next runs after SIGCHLD. Let it run, a millisecond at a time, for at most 5 s: less than
    // the 10 s after which the child would have ended by itself.
    for _ in 0..5_000 {
        if !procs::exists(child) {
            return;
        }
        std::thread::sleep(Duration::from_millis(1));
        tokio::task::yield_now().await;
    }
    panic!("the child {child} is still there 5 s after the timeout");
}

/// When `line` was printed (once), in milliseconds, as the chapter writes it: `10 ms`, `10 毫秒`.
fn ms_at(timeline: &Timeline, line: &str) -> String {
    timeline.seconds_at(line);
    let (at, _) = timeline
        .lines
        .iter()
        .find(|(_, printed)| printed == line)
        .unwrap();
    at.as_millis().to_string()
}

/// The lines of `output.txt` are exactly those of the timeline, in order: the run the book shows
/// is the exact one.
fn assert_shown(timeline: &Timeline) {
    let printed: Vec<&str> = timeline
        .lines
        .iter()
        .map(|(_, line)| line.as_str())
        .collect();
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    assert_eq!(shown.lines().collect::<Vec<_>>(), printed, "output.txt");
}
