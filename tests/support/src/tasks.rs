//! Checks shared by the tests of the async chapters' listings (21–23).
//!
//! Nothing here depends on tokio: the helpers work on printed lines and on
//! [`std::time::Duration`], and the async ones run on any runtime, reading whatever clock the
//! test passes them (tokio's paused clock, for the exact timing claims).

use std::future::{Future, poll_fn};
use std::ops::Sub;
use std::pin::pin;
use std::task::Poll;
use std::time::Duration;

use crate::output::{bless, book_output, position};

/// Checks concurrent output by its invariants, as [`crate::assert_invariants`] does (`check`
/// must pass on the live run and on the `output.txt` the book shows; with `BLESS=1`, the live
/// run is written there once it has passed), and returns what `check` returned for the output
/// the book now shows: the test then asserts what the chapter says about that one run.
pub fn check_live_and_shown<T>(manifest_dir: &str, live: &str, check: impl Fn(&str) -> T) -> T {
    let found = check(live);
    if bless(manifest_dir, live) {
        found
    } else {
        check(&book_output(manifest_dir))
    }
}

/// The seconds in a line `{prefix}{seconds} s`, as a listing prints how long it took; panics
/// on any other line.
pub fn seconds(line: &str, prefix: &str) -> f64 {
    line.strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(" s"))
        .and_then(|number| number.parse().ok())
        .unwrap_or_else(|| panic!("not `{prefix}<seconds> s`: {line:?}"))
}

/// The lines of a run that ends by saying how long it took, `{prefix}{seconds} s`: the lines
/// before that last one, and its seconds.
fn lines_then_seconds<'a>(output: &'a str, prefix: &str) -> (Vec<&'a str>, f64) {
    let mut lines: Vec<&str> = output.lines().collect();
    let last = lines
        .pop()
        .unwrap_or_else(|| panic!("no `{prefix}<seconds> s` line in empty output"));
    (lines, seconds(last, prefix))
}

/// Checks a run that prints `lines` and then how long that took, `took {seconds} s`, where the
/// listing pauses `pauses` seconds in all. The live run: exactly `lines`, and at least `pauses`
/// (a pause lasts at least as long as asked; how much longer is the machine's business). The
/// run the book shows (with `BLESS=1`, the live run, written there once it has passed): the
/// same lines, and exactly `pauses`, the time the chapter quotes.
pub fn assert_lines_then_pauses(manifest_dir: &str, live: &str, lines: &[&str], pauses: f64) {
    let check = |output: &str| {
        let (printed, took) = lines_then_seconds(output, "took ");
        assert_eq!(printed, lines, "{output}");
        assert!(took >= pauses, "pauses of {pauses} s in all took {took} s");
        took
    };
    let shown = check_live_and_shown(manifest_dir, live, check);
    assert_eq!(shown, pauses, "the time of the run the book shows");
}

/// Asserts that each of `wanted` is in `lines` exactly once, and in this order: one task's
/// steps, complete and in order, however the lines of other tasks interleave with them.
pub fn assert_in_order(lines: &[&str], wanted: &[impl AsRef<str>]) {
    let positions: Vec<usize> = wanted.iter().map(|w| position(lines, w.as_ref())).collect();
    assert!(
        positions.is_sorted(),
        "{:?} out of order in:\n{}",
        wanted.iter().map(AsRef::as_ref).collect::<Vec<&str>>(),
        lines.join("\n")
    );
}

/// Asserts [`assert_in_order`] for each of `names`: the lines `steps`, with `{name}` in them
/// standing for the name, e.g. `"{name} - step 1"`. Each task's steps are complete and in order,
/// however the tasks' lines interleave.
pub fn assert_each_in_order(lines: &[&str], names: &[&str], steps: &[&str]) {
    for name in names {
        let wanted: Vec<String> = steps.iter().map(|s| s.replace("{name}", name)).collect();
        assert_in_order(lines, &wanted);
    }
}

/// Asserts that the `output.txt` the book shows ends with the lines `tail`: what the chapter
/// says about the one run it shows (the order things ended in, say), which another run need
/// not repeat.
pub fn assert_shown_ends_with(manifest_dir: &str, tail: &[&str]) {
    let shown = book_output(manifest_dir);
    let lines: Vec<&str> = shown.lines().collect();
    let end = &lines[lines.len().saturating_sub(tail.len())..];
    assert_eq!(end, tail, "the end of the run the book shows:\n{shown}");
}

/// The lines of `output` that end with `suffix`, in order.
pub fn lines_ending_with<'a>(output: &'a str, suffix: &str) -> Vec<&'a str> {
    output.lines().filter(|l| l.ends_with(suffix)).collect()
}

/// The items of a line `{prefix}[a, b, c]`, a list as `{:?}` prints it (none for `[]`); panics
/// on any other line.
pub fn listed<'a>(line: &'a str, prefix: &str) -> Vec<&'a str> {
    line.strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('['))
        .and_then(|rest| rest.strip_suffix(']'))
        .unwrap_or_else(|| panic!("not `{prefix}[…]`: {line:?}"))
        .split(", ")
        .filter(|item| !item.is_empty())
        .collect()
}

/// Awaits `future` and returns its output with the time it took on the clock that `now`
/// reads. Pass `tokio::time::Instant::now` in a test on tokio's paused clock: time moves only
/// when every task waits, so the time taken is exact, and the test can assert it with `==`.
pub async fn timed<F: Future, I: Sub<Output = Duration> + Copy>(
    now: impl Fn() -> I,
    future: F,
) -> (F::Output, Duration) {
    let start = now();
    let output = future.await;
    (output, now() - start)
}

/// Awaits `future` beside another future that only counts its turns: whenever `future` is
/// pending, the other one takes a turn (it counts one and asks to be polled again at once).
/// `future` is polled first each time, so every turn counted was taken while `future` was
/// still running. Returns the turns and `future`'s output. No turn at all means that `future`
/// held the thread until it was done; a future that really waits lets others run.
pub async fn turns_while<F: Future>(future: F) -> (u32, F::Output) {
    let mut future = pin!(future);
    let mut turns = 0;
    poll_fn(|cx| match future.as_mut().poll(cx) {
        Poll::Ready(output) => Poll::Ready((turns, output)),
        Poll::Pending => {
            turns += 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;
    use std::task::{Context, Waker};

    /// Polls `future` to its end on this thread, with a waker that does nothing.
    fn block_on<F: Future>(future: F) -> F::Output {
        let mut future = pin!(future);
        let mut cx = Context::from_waker(Waker::noop());
        loop {
            if let Poll::Ready(output) = future.as_mut().poll(&mut cx) {
                return output;
            }
        }
    }

    #[test]
    fn reads_printed_seconds_and_lists() {
        assert_eq!(seconds("spent 0.5 s", "spent "), 0.5);
        assert_eq!(
            lines_then_seconds("Hello\nWorld\ntook 0.1 s\n", "took "),
            (vec!["Hello", "World"], 0.1)
        );
        assert_eq!(
            listed(r#"finished: ["B", "C"]"#, "finished: "),
            [r#""B""#, r#""C""#]
        );
        assert!(listed("finished: []", "finished: ").is_empty());
    }

    #[test]
    #[should_panic(expected = "not `took <seconds> s`")]
    fn a_line_without_seconds_is_refused() {
        seconds("took a while", "took ");
    }

    #[test]
    fn steps_in_order_however_they_interleave() {
        let lines = ["A - 1", "B - 1", "B - 2", "A - 2"];
        assert_each_in_order(&lines, &["A", "B"], &["{name} - 1", "{name} - 2"]);
    }

    #[test]
    #[should_panic(expected = "out of order")]
    fn steps_out_of_order_are_refused() {
        assert_in_order(&["A - 2", "A - 1"], &["A - 1", "A - 2"]);
    }

    #[test]
    fn timed_reads_the_clock_it_is_given() {
        let clock = Cell::new(Duration::from_secs(1));
        let future = async {
            clock.set(Duration::from_secs(4));
            7
        };
        assert_eq!(
            block_on(timed(|| clock.get(), future)),
            (7, Duration::from_secs(3))
        );
    }

    #[test]
    fn turns_are_counted_only_while_the_future_is_pending() {
        let mut pending = 2;
        let future = poll_fn(|cx| {
            if pending == 0 {
                return Poll::Ready("done");
            }
            pending -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        });
        assert_eq!(block_on(turns_while(future)), (2, "done"));
        assert_eq!(block_on(turns_while(async { 1 })), (0, 1));
    }
}
