use std::path::Path;
use std::time::Duration;

use book_support::prose::assert_states;
use book_support::{assert_one_line_error, assert_prints_book_output, book_output, bounded, procs};
use solution_20_01::{JobError, Worker};

const BIN: &str = env!("CARGO_BIN_EXE_solution-20-01");

/// Far longer than any job of these tests takes, but `hang`.
const LIMIT: Duration = Duration::from_millis(300);

/// `hang` never finishes, yet the program ends: every run prints the same.
#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(BIN, env!("CARGO_MANIFEST_DIR"));
}

/// `hang` gets `TimedOut`, and its worker is killed and reaped.
#[test]
#[cfg_attr(not(target_os = "linux"), ignore = "needs Linux's /proc")]
fn a_job_that_never_finishes_times_out_and_its_worker_is_killed_and_reaped() {
    bounded(|| {
        let mut worker = Worker::start(Path::new(BIN)).unwrap().with_limit(LIMIT);
        let pid = worker.pid();
        let error = worker.run("hang").unwrap_err();
        assert!(
            matches!(error, JobError::TimedOut(limit) if limit == LIMIT),
            "{error:?}"
        );
        assert_eq!(
            error.to_string(),
            "the job took longer than 300ms; its worker was killed"
        );
        assert!(
            !procs::exists(pid),
            "the killed worker {pid} was not reaped"
        );
        // Nobody is left to run a job.
        assert!(matches!(
            worker.run("sleep 1"),
            Err(JobError::WorkerDied(_))
        ));
    });
}

/// The limit is for each job, from the moment it is sent: jobs that each take less may take
/// more than the limit together.
#[test]
fn the_limit_is_for_each_job() {
    bounded(|| {
        let mut worker = Worker::start(Path::new(BIN)).unwrap().with_limit(LIMIT);
        for _ in 0..4 {
            assert_eq!(worker.run("sleep 80").unwrap(), "slept 80 ms");
        }
        assert!(worker.stop().unwrap().success());
    });
}

/// A job's own error leaves the worker alive, and without a limit a job takes as long as it
/// takes.
#[test]
fn other_results_are_unchanged() {
    bounded(|| {
        let mut worker = Worker::start(Path::new(BIN)).unwrap().with_limit(LIMIT);
        match worker.run("sleep x") {
            Err(JobError::Failed(message)) => assert_eq!(message, "not a number: `x`"),
            other => panic!("a bad job gave {other:?}"),
        }
        assert!(worker.is_running());
        assert!(worker.stop().unwrap().success());
        let mut unlimited = Worker::start(Path::new(BIN)).unwrap();
        assert_eq!(unlimited.run("sleep 20").unwrap(), "slept 20 ms");
        assert!(unlimited.stop().unwrap().success());
    });
}

#[test]
fn bad_arguments_are_a_one_line_error() {
    assert_one_line_error(BIN, &["workers"], "Error: usage: solution-20-01 [worker]\n");
}

/// The chapter says what limit the solution's `main` gives its worker: 300 ms.
#[test]
fn the_chapter_states_the_limit_of_main() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let timed_out = shown
        .lines()
        .find(|l| l.contains("took longer than "))
        .unwrap();
    let limit = timed_out.split_once("took longer than ").unwrap().1;
    let limit = limit.split_once("ms;").unwrap().0;
    assert_states(env!("CARGO_MANIFEST_DIR"), &[limit]);
}
