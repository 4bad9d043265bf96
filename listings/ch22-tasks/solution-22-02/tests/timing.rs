//! What the exercise asks, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

use std::panic;
use std::sync::Once;
use std::time::Duration;

/// The broken calls' panics are expected here: keep the panic hook from reporting them (with
/// `RUST_BACKTRACE=1`, writing their backtraces would take most of this file's time). Any
/// other panic, such as a failed assertion, is reported as usual.
fn quiet_broken_calls() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let report = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if info.payload().downcast_ref::<&str>() != Some(&"connection reset") {
                report(info);
            }
        }));
    });
}

fn reports(expected: &[(&str, Duration)]) -> Vec<(String, Duration)> {
    expected
        .iter()
        .map(|&(report, at)| (report.to_owned(), at))
        .collect()
}

/// `call_apis` returns instead of panicking; B's panic is reported by name, with its
/// message, when B fails; and A and C still run to the end and are reported at their own
/// time. The course's seconds and the solution's hundredths behave the same.
#[tokio::test(start_paused = true)]
async fn a_panic_is_reported_and_the_other_calls_go_on() {
    quiet_broken_calls();
    for unit in [Duration::from_secs(1), Duration::from_millis(10)] {
        let calls = [
            ("A", 6 * unit, false),
            ("B", 2 * unit, true),
            ("C", 4 * unit, false),
        ];
        let expected = reports(&[
            ("B panicked: connection reset", 2 * unit),
            ("C completed", 4 * unit),
            ("A completed", 6 * unit),
        ]);
        assert_eq!(listing::call_apis(&calls).await, expected);
    }
}

/// Every panic is put down to the right call, whatever the order of the calls.
#[tokio::test(start_paused = true)]
async fn each_panic_is_put_down_to_its_own_call() {
    quiet_broken_calls();
    let s = Duration::from_secs;
    let calls = [("A", s(3), true), ("B", s(1), false), ("C", s(2), true)];
    let expected = reports(&[
        ("B completed", s(1)),
        ("C panicked: connection reset", s(2)),
        ("A panicked: connection reset", s(3)),
    ]);
    assert_eq!(listing::call_apis(&calls).await, expected);
}

/// The program that `cargo run` runs, on the paused clock: B's panic is reported at 0.02 s, C at 0.04 s and A at 0.06 s.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, "A - step 1"),
        (0, "B - step 1"),
        (0, "C - step 1"),
        (20, "B panicked: connection reset"),
        (40, "C - step 2"),
        (40, "C completed"),
        (60, "A - step 2"),
        (60, "A completed"),
    ];
    let stated = ["B panicked: connection reset"];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
