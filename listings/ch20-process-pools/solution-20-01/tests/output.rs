use std::collections::BTreeMap;
use std::path::Path;
use std::thread;

use book_support::{bless, book_output, run, run_unchecked};

// The solution's own `ProcessPool`, tested directly (its `main` is not called here). The
// workers are the solution's binary in its worker role.
#[allow(dead_code)]
#[path = "../src/main.rs"]
mod solution;

use solution::pool::ProcessPool;

const BIN: &str = env!("CARGO_BIN_EXE_solution-20-01");

/// Runs `test` on a thread of its own and fails if it has not finished within the time limit,
/// so that a pool that hangs fails the test instead of hanging it.
fn bounded<T: Send + 'static>(test: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, finished) = crossbeam_channel::bounded(1);
    thread::spawn(move || done.send(test()).unwrap());
    finished
        .recv_timeout(book_support::run::TIMEOUT)
        .expect("the test did not finish in time: a pool that hangs?")
}

/// What any run must print: the five results in input order, then one line per worker whose
/// counts add up to five. (How the five are shared out changes from run to run.)
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(
        lines[..5],
        [
            "task A 100: A - end with 5050",
            "task B 99: B - end with 4950",
            "task C 98: C - end with 4851",
            "task D 97: D - end with 4753",
            "task E 96: E - end with 4656",
        ],
        "{output}"
    );
    assert_eq!(lines.len(), 7, "two workers:\n{output}");
    let mut total = 0;
    for (index, line) in lines[5..].iter().enumerate() {
        let done: usize = line
            .strip_prefix(&format!("worker {index} ran "))
            .and_then(|rest| rest.strip_suffix(" of the 5 jobs"))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("not a count: `{line}`"));
        total += done;
    }
    assert_eq!(total, 5, "every job counted once:\n{output}");
}

#[test]
fn live_run_counts_every_job_once() {
    let live = run(BIN, &[]);
    check(&live.stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

/// The chapter says that in the run it shows, one worker ran two jobs and the other three.
#[test]
fn book_output_counts_every_job_once_two_and_three() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    check(&shown);
    let mut counts: Vec<&str> = shown
        .lines()
        .skip(5)
        .map(|line| line.split(' ').nth(3).unwrap())
        .collect();
    counts.sort();
    assert_eq!(
        counts,
        ["2", "3"],
        "the chapter's description no longer fits:\n{shown}"
    );
}

/// The job `pid` answers with the pid of the worker that ran it, so the results say exactly
/// which worker ran which job: each worker's count must be the number of results that carry
/// its pid, after one `map` and after a second one.
#[test]
fn each_workers_count_is_the_number_of_jobs_it_ran() {
    bounded(|| {
        let mut pool = ProcessPool::with_program(Path::new(BIN), 2).unwrap();
        let mut ran: BTreeMap<u32, usize> = pool.pids().into_iter().map(|p| (p, 0)).collect();
        for jobs in [12, 5] {
            for result in pool.map(vec!["pid"; jobs]) {
                let pid: u32 = result.unwrap().parse().unwrap();
                *ran.get_mut(&pid).expect("a worker of the pool") += 1;
            }
            let counted: BTreeMap<u32, usize> = pool.jobs_done().into_iter().collect();
            assert_eq!(counted, ran);
        }
        assert_eq!(ran.values().sum::<usize>(), 17);
    });
}

/// An answer that is an error counts (the worker ran the job); a job that never reached the
/// worker does not; and a worker that crashed takes its count with it: its replacement starts
/// from zero.
#[test]
fn failed_jobs_count_refused_ones_do_not_and_a_replacement_starts_at_zero() {
    bounded(|| {
        let mut pool = ProcessPool::with_program(Path::new(BIN), 1).unwrap();
        let first = pool.pids()[0];
        let results = pool.map(["dance", "two\nlines", "pid"]);
        assert!(results[0].is_err() && results[1].is_err());
        assert_eq!(pool.jobs_done(), [(first, 2)]);

        let results = pool.map(["crash", "pid"]);
        assert!(results[0].is_err());
        let second: u32 = results[1].as_ref().unwrap().parse().unwrap();
        assert_ne!(second, first, "the crashed worker was replaced");
        assert_eq!(pool.jobs_done(), [(second, 1)]);
    });
}

#[test]
fn bad_arguments_are_a_one_line_error() {
    for args in [&["workers"][..], &["worker", "2"]] {
        let live = run_unchecked(BIN, args);
        assert_eq!(live.status.code(), Some(2), "{args:?}");
        assert_eq!(live.stderr, "error: usage: solution-20-01 [worker]\n");
        assert!(live.stdout.is_empty());
    }
}
