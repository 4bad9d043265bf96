//! Checks shared by the tests of the thread chapters' listings (15–17).

use std::panic::{self, AssertUnwindSafe};

use crate::output::{assert_invariants, assert_numbered_lines, bless, book_output, position};
use crate::pipeline::check_output;
use crate::run::run;

/// Asserts that `output` is the numbered lines of each `(name, count)` thread, each thread's
/// complete and in its own order however the threads interleave (see [`assert_numbered_lines`]),
/// and then exactly the lines `last`, after all of them: what a `main` prints once it has joined
/// every thread.
pub fn assert_threads_then(output: &str, threads: &[(&str, usize)], last: &[&str]) {
    for &(name, count) in threads {
        assert_numbered_lines(output, name, count);
    }
    let lines: Vec<&str> = output.lines().collect();
    let numbered: usize = threads.iter().map(|&(_, count)| count).sum();
    assert_eq!(lines.len(), numbered + last.len(), "line count:\n{output}");
    assert_eq!(lines[numbered..], *last, "the last lines of:\n{output}");
}

/// Whether a line of `output` that `printed` matches comes before the last line that `running`
/// matches: it was printed while the thread printing those lines was still running (what a
/// chapter says of the run it shows, when it says the threads' lines interleave).
pub fn printed_while(
    output: &str,
    printed: impl Fn(&str) -> bool,
    running: impl Fn(&str) -> bool,
) -> bool {
    let lines: Vec<&str> = output.lines().collect();
    let first_printed = lines.iter().position(|l| printed(l));
    let last_running = lines.iter().rposition(|l| running(l));
    matches!((first_printed, last_running), (Some(first), Some(last)) if first < last)
}

/// Checks concurrent output by its invariants, as [`assert_invariants`] does (`check` must pass
/// on the live run and on the `output.txt` the book shows), where `check` also returns whether a
/// run shows `what`: a point the chapter makes with the one run it shows. That run must show it;
/// another run may interleave otherwise. With `BLESS=1`, the live run is written to `output.txt`
/// only if it shows `what` too; if it does not, the book keeps its run, which must then pass.
pub fn assert_invariants_and_shows(
    manifest_dir: &str,
    live: &str,
    check: impl Fn(&str) -> bool,
    what: &str,
) {
    if check(live) && bless(manifest_dir, live) {
        return;
    }
    let shown = book_output(manifest_dir);
    assert!(
        check(&shown),
        "the run the book shows must show {what}:\n{shown}"
    );
}

/// Runs `bin`, the binary of a producer/consumer listing (Chapters 16 and 17), whose `main` has
/// three producers, `PA` to `PC`, send ten messages each to two consumers, `CA` and `CB`; checks
/// with [`check_output`], on the live run and on the `output.txt` the book shows, that every
/// message was consumed exactly once, each consumer getting each producer's messages in the order
/// they were sent, and the total last.
pub fn assert_main_consumes_every_message_once(bin: &str, manifest_dir: &str) {
    let live = run(bin, &[]);
    assert_invariants(manifest_dir, &live.stdout, |output| {
        check_output(output, &["PA", "PB", "PC"], &["CA", "CB"], 10)
    });
}

/// The number of messages consumed in the run the book shows of a producer/consumer listing
/// (each consumer's line `CA - PA - 0` counts one), checked against the total its last line
/// prints, `consumed 30 messages`: the number the chapter states.
pub fn messages_consumed_in_the_run_shown(manifest_dir: &str) -> usize {
    let shown = book_output(manifest_dir);
    let consumed = shown
        .lines()
        .filter(|l| l.matches(" - ").count() == 2)
        .count();
    assert!(
        shown.ends_with(&format!("consumed {consumed} messages\n")),
        "{shown}"
    );
    consumed
}

/// Asserts what a barrier between two phases promises, in the output of `threads` that each
/// print `"{name} - phase 1"`, wait at the barrier, print `"{name} - {leader}"` if they were its
/// leader, and print `"{name} - phase 2"` (Listing 17-15 and its Python counterpart): every
/// phase 1 line comes before every phase 2 line, and exactly one thread was the leader, whose line
/// comes after every phase 1 line and before its own phase 2 line.
pub fn assert_phases_apart(output: &str, threads: &[&str], leader: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 2 * threads.len() + 1, "line count:\n{output}");
    let phase = |name: &str, n: u32| position(&lines, &format!("{name} - phase {n}"));
    let last_of_phase_1 = threads.iter().map(|name| phase(name, 1)).max().unwrap();
    let first_of_phase_2 = threads.iter().map(|name| phase(name, 2)).min().unwrap();
    assert!(
        last_of_phase_1 < first_of_phase_2,
        "a phase 2 line before the last phase 1 line in:\n{output}"
    );
    let leaders: Vec<&str> = threads
        .iter()
        .copied()
        .filter(|name| lines.contains(&format!("{name} - {leader}").as_str()))
        .collect();
    let [name] = leaders[..] else {
        panic!("{} leaders, not one, in:\n{output}", leaders.len());
    };
    let said = position(&lines, &format!("{name} - {leader}"));
    assert!(
        last_of_phase_1 < said && said < phase(name, 2),
        "the leader's line out of place in:\n{output}"
    );
}

/// Runs `f` and returns what it returned, or, if it panicked, the panic's message (empty when the
/// payload is not a string): for the tests that expect a check to fail, and look at why it did.
pub fn catch_panic_message<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}
