use std::path::Path;
use std::thread;
use std::time::{Duration, Instant};

use book_support::{assert_book_output, run, run_unchecked};

// The solution's own `ProcessPool`, tested directly (its `main` is not called here). The
// workers are the solution's binary in its worker role.
#[allow(dead_code)]
#[path = "../src/main.rs"]
mod solution;

use solution::pool::{JobError, ProcessPool};

const BIN: &str = env!("CARGO_BIN_EXE_solution-20-02");

/// Far longer than any job of these tests takes, but `hang`; what a test that times out a
/// job costs.
const TIMEOUT: Duration = Duration::from_millis(300);

/// Runs `test` on a thread of its own and fails if it has not finished within the time limit,
/// so that a pool that hangs fails the test instead of hanging it.
fn bounded<T: Send + 'static>(test: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, finished) = crossbeam_channel::bounded(1);
    thread::spawn(move || done.send(test()).unwrap());
    finished
        .recv_timeout(book_support::run::TIMEOUT)
        .expect("the test did not finish in time: a job that was never timed out?")
}

/// On Linux, a process that has exited but has not been reaped (a zombie) still has its
/// `/proc/<pid>`; once its parent has waited for it, the directory is gone.
fn exists(pid: u32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
}

/// `hang` never finishes, yet the program ends: every run prints the same.
#[test]
fn prints_what_the_book_shows() {
    let live = run(BIN, &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

/// One worker: `hang` gets `TimedOut` (no sooner than the timeout), its worker is killed and
/// reaped, and the next job runs on the replacement. That job starts after the `map` has run
/// for longer than the time limit, and it is not timed out: the limit is for each job, counted
/// from the moment it is sent, not for the whole `map` or for the time a job waits its turn.
#[cfg(target_os = "linux")]
#[test]
fn a_job_that_never_finishes_times_out_and_its_worker_is_replaced() {
    bounded(|| {
        let mut pool = ProcessPool::with_program(Path::new(BIN), 1)
            .unwrap()
            .with_timeout(TIMEOUT);
        let before = pool.pids();
        let start = Instant::now();
        let results = pool.map(["hang", "task A 3"]);
        assert!(
            start.elapsed() >= TIMEOUT,
            "timed out before the time limit"
        );

        match &results[0] {
            Err(JobError::TimedOut(limit)) => assert_eq!(*limit, TIMEOUT),
            other => panic!("`hang` gave {other:?}"),
        }
        assert_eq!(
            results[0].as_ref().unwrap_err().to_string(),
            "the job took longer than 300ms; its worker was killed"
        );
        assert_eq!(results[1].as_ref().unwrap(), "A - end with 6");
        let after = pool.pids();
        assert_ne!(before, after, "the worker was replaced");
        assert!(
            !exists(before[0]),
            "the killed worker {} was not reaped",
            before[0]
        );

        drop(pool);
        assert!(
            !exists(after[0]),
            "the replacement is still there after drop"
        );
    });
}

/// A crash is still a crash, not a timeout; a job's own error still leaves its worker alive;
/// and without a timeout a job may take as long as it takes.
#[test]
fn other_failures_are_unchanged() {
    bounded(|| {
        let mut pool = ProcessPool::with_program(Path::new(BIN), 1)
            .unwrap()
            .with_timeout(TIMEOUT);
        let results = pool.map(["crash", "sleep x"]);
        match &results[0] {
            Err(JobError::WorkerDied(Some(status))) => assert_eq!(status.code(), Some(101)),
            other => panic!("the crash gave {other:?}"),
        }
        match &results[1] {
            Err(JobError::Failed(message)) => {
                assert_eq!(message, "MS must be a whole number, not `x`")
            }
            other => panic!("a bad job gave {other:?}"),
        }

        let mut pool = ProcessPool::with_program(Path::new(BIN), 1).unwrap();
        assert_eq!(pool.map(["sleep 20"])[0].as_ref().unwrap(), "slept 20 ms");
    });
}

#[test]
fn bad_arguments_are_a_one_line_error() {
    for args in [&["workers"][..], &["worker", "2"]] {
        let live = run_unchecked(BIN, args);
        assert_eq!(live.status.code(), Some(2), "{args:?}");
        assert_eq!(live.stderr, "error: usage: solution-20-02 [worker]\n");
        assert!(live.stdout.is_empty());
    }
}
