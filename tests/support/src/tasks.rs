//! Checks shared by the tests of the async chapters' listings (21–23).
//!
//! Nothing here depends on tokio: the helpers work on printed lines and on
//! [`std::time::Duration`], and the async ones run on any runtime, reading whatever clock the
//! test passes them (tokio's paused clock, for the exact timing claims).
//!
//! [`listing_on_paused_clock!`](crate::listing_on_paused_clock) compiles a listing's own `main`
//! into its test, where [`timeline`] runs it on the test's paused clock and [`assert_timeline`]
//! checks when each line was printed.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::future::{Future, poll_fn};
use std::ops::Sub;
use std::pin::pin;
use std::task::Poll;
use std::time::{Duration, Instant};

use crate::output::{bless, book_output, position};
use crate::prose;

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

/// A heartbeat beside a computation: the lines `tick 1` to `tick {ticks}`, in order, and `result`
/// once among them, nothing else. Returns how many ticks came before the result, which depends on
/// how fast the machine computes.
pub fn assert_ticks_around(output: &str, result: &str, ticks: usize) -> usize {
    let lines: Vec<&str> = output.lines().collect();
    let beats: Vec<&str> = lines.iter().copied().filter(|l| *l != result).collect();
    let expected: Vec<String> = (1..=ticks).map(|n| format!("tick {n}")).collect();
    assert_eq!(
        beats, expected,
        "the heartbeat, around `{result}`:\n{output}"
    );
    crate::position(&lines, result)
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

/// Compiles the listing's `src/main.rs` (the path, relative to the test file, is the argument)
/// as module `listing` of the test, as `#[path]` would, with two changes that let a test run the
/// program that `cargo run` runs on tokio's paused clock:
/// - `#[tokio::main]` leaves `main` an `async fn`, which `listing::paused_main()` awaits on the
///   test's runtime (a `#[tokio::test(start_paused = true)]`, one thread), and
///   `listing::timeline_of_main()` runs through [`timeline`];
/// - `println!` records each line, with the time on tokio's clock, for [`timeline`], instead of
///   printing it.
///
/// Inside the module, `tokio` is a module that re-exports what the listings use of tokio
/// (`io`, `join!`, `pin!`, `process`, `select!`, `signal`, `spawn`, `sync`, `task`, `time`,
/// `try_join!`), with the attribute above as its `main`: a listing that uses more of tokio fails
/// to compile here, and the list grows.
#[macro_export]
macro_rules! listing_on_paused_clock {
    ($main_rs:literal) => {
        $crate::listing_on_paused_clock!(@with_dollar $main_rs, $);
    };
    (@with_dollar $main_rs:literal, $d:tt) => {
        #[allow(dead_code, unused_imports)]
        mod listing {
            macro_rules! println {
                // The line first, then the time: an argument may `.await` (`println!("{}",
                // task.await)`), and the line is printed when it is done.
                ($d($d arguments:tt)*) => {{
                    let line = format!($d($d arguments)*);
                    $crate::tasks::record_printed(::tokio::time::Instant::now().into_std(), line)
                }};
            }

            mod tokio {
                pub use $crate::keep_async_main as main;
                pub use ::tokio::{
                    io, join, pin, process, select, signal, spawn, sync, task, time, try_join,
                };
            }

            include!($main_rs);

            /// The listing's `main`, the program that `cargo run` runs.
            pub async fn paused_main() {
                main().await
            }

            /// What `main` printed, and when, on the test's clock (`book_support::tasks::timeline`).
            pub async fn timeline_of_main() -> $crate::tasks::Timeline {
                $crate::tasks::timeline(|| ::tokio::time::Instant::now().into_std(), main()).await
            }
        }
    };
}

thread_local! {
    /// What the listing's `println!`s printed on this thread, and when. A test on a one-thread
    /// runtime runs all its tasks on its own thread, so tests that run side by side do not mix.
    static PRINTED: RefCell<Vec<(Instant, String)>> = const { RefCell::new(Vec::new()) };
}

/// Where the `println!` of [`listing_on_paused_clock!`](crate::listing_on_paused_clock) puts a
/// line: `at` is the time on tokio's clock.
#[doc(hidden)]
pub fn record_printed(at: Instant, line: String) {
    PRINTED.with_borrow_mut(|printed| printed.push((at, line)));
}

/// Awaits `main` (`listing::paused_main()`) and returns each line it printed with the time since
/// the start on the clock that `now` reads: pass `tokio::time::Instant::now()` made std, on
/// tokio's paused clock, where the times are exact.
pub async fn timeline(now: impl Fn() -> Instant, main: impl Future<Output = ()>) -> Timeline {
    PRINTED.with_borrow_mut(Vec::clear);
    let start = now();
    main.await;
    let lines = PRINTED
        .with_borrow_mut(std::mem::take)
        .into_iter()
        .map(|(at, line)| (at - start, line))
        .collect();
    Timeline { lines }
}

/// The lines a program printed, each with the time since its start.
#[derive(Debug, Clone)]
pub struct Timeline {
    pub lines: Vec<(Duration, String)>,
}

impl Timeline {
    /// The time at which `line` was printed (it must be printed once), in seconds as the
    /// chapters write them: `0.2`, `0.06`, `5`.
    pub fn seconds_at(&self, line: &str) -> String {
        as_written(self.at(line))
    }

    /// The time at which `line` was printed (it must be printed once), in whole milliseconds, as
    /// a chapter writes the times of a listing that waits for milliseconds: `10`, `45`.
    pub fn millis_at(&self, line: &str) -> String {
        self.at(line).as_millis().to_string()
    }

    /// The lines, without their times.
    pub fn printed(&self) -> Vec<&str> {
        self.lines.iter().map(|(_, line)| line.as_str()).collect()
    }

    fn at(&self, line: &str) -> Duration {
        let found: Vec<&Duration> = self
            .lines
            .iter()
            .filter(|(_, printed)| printed == line)
            .map(|(at, _)| at)
            .collect();
        let [at] = found[..] else {
            panic!(
                "{line:?} printed {} times, not once:\n{}",
                found.len(),
                self.table()
            );
        };
        *at
    }

    /// One line per printed line: `   0.2 s  A - step 2`.
    pub fn table(&self) -> String {
        self.lines
            .iter()
            .fold(String::new(), |mut table, (at, line)| {
                let _ = writeln!(table, "{:>6} s  {line}", as_written(*at));
                table
            })
    }
}

/// A time in seconds with no more digits than it needs: 0.2, 0.06, 5.
fn as_written(time: Duration) -> String {
    let text = format!("{:.3}", time.as_secs_f64());
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// Asserts that the listing in `manifest_dir` (its `CARGO_MANIFEST_DIR`) printed exactly the
/// lines of `expected`, in this order, each at its time in milliseconds: the timeline that the
/// chapter states. Then asserts that the chapter's section about the listing states the time of
/// each line in `stated` (see [`prose::assert_states`]), in both languages.
pub fn assert_timeline(
    manifest_dir: &str,
    timeline: &Timeline,
    expected: &[(u64, &str)],
    stated: &[&str],
) {
    let wanted = Timeline {
        lines: expected
            .iter()
            .map(|&(ms, line)| (Duration::from_millis(ms), line.to_owned()))
            .collect(),
    };
    pretty_assertions::assert_eq!(
        wanted.table(),
        timeline.table(),
        "{manifest_dir}/src/main.rs: when main prints each line on tokio's paused clock \
         (left: the chapter's timeline, right: the listing's)"
    );
    let times: Vec<String> = stated
        .iter()
        .map(|line| timeline.seconds_at(line))
        .collect();
    prose::assert_states(manifest_dir, &times);
}

/// Asserts that the run the book shows (the `output.txt` in `manifest_dir`) is the one on the
/// paused clock, line for line: for a listing whose live runs may print in another order on a
/// loaded machine, so that their tests check invariants only.
pub fn assert_shown_run_is(manifest_dir: &str, timeline: &Timeline) {
    let shown = book_output(manifest_dir);
    pretty_assertions::assert_eq!(
        timeline.printed(),
        shown.lines().collect::<Vec<&str>>(),
        "{manifest_dir}/output.txt (right) is not the run on tokio's paused clock (left)"
    );
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
    fn times_read_as_the_chapters_write_them() {
        let ms = Duration::from_millis;
        assert_eq!(
            [ms(0), ms(200), ms(60), ms(5000), ms(1250)].map(as_written),
            ["0", "0.2", "0.06", "5", "1.25"]
        );
        let timeline = Timeline {
            lines: vec![(ms(0), "A".into()), (ms(200), "B".into())],
        };
        assert_eq!(timeline.table(), "     0 s  A\n   0.2 s  B\n");
        assert_eq!(timeline.seconds_at("B"), "0.2");
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
