use std::fs;
use std::path::Path;

use book_support::prose::assert_states;
use book_support::{assert_one_line_error, assert_prints_book_output, book_output, bounded, procs};
use listing_20_01::JobError;
use listing_20_04::KeptPool;

const BIN: &str = env!("CARGO_BIN_EXE_listing-20-04");

#[test]
fn prints_what_the_book_shows() {
    let live = assert_prints_book_output(BIN, env!("CARGO_MANIFEST_DIR"));
    // The crashing worker's panic message reaches the parent's stderr, which workers share.
    assert!(
        live.stderr.contains("crashing on purpose"),
        "{}",
        live.stderr
    );
}

/// A crash costs one job its result; the other jobs complete, the dead worker is reaped, a new
/// one takes its place, and the pool goes on working.
#[test]
#[cfg_attr(not(target_os = "linux"), ignore = "needs Linux's /proc")]
fn a_crash_fails_only_its_job_and_the_worker_is_reaped_and_replaced() {
    bounded(|| {
        let mut pool = KeptPool::with_program(Path::new(BIN), 2).unwrap();
        let before = pool.pids();
        let results = pool.map(&["square 3", "crash", "square 4", "dance"]);
        let after = pool.pids();

        assert_eq!(results[0].as_ref().unwrap(), "9");
        match &results[1] {
            Err(JobError::WorkerDied(status)) => assert_eq!(status.code(), Some(101)),
            other => panic!("the crash gave {other:?}"),
        }
        assert_eq!(results[2].as_ref().unwrap(), "16");
        match &results[3] {
            Err(JobError::Failed(message)) => assert_eq!(message, "unknown job `dance`"),
            other => panic!("an unknown job gave {other:?}"),
        }

        let gone: Vec<&u32> = before.iter().filter(|p| !after.contains(p)).collect();
        assert_eq!(gone.len(), 1, "one worker replaced: {before:?} → {after:?}");
        assert!(
            !procs::exists(*gone[0]),
            "the crashed worker {} was not reaped",
            gone[0]
        );
        assert_eq!(after.len(), 2);

        let again = pool.map(&["square 5", "square 6"]);
        assert_eq!(again[0].as_ref().unwrap(), "25");
        assert_eq!(again[1].as_ref().unwrap(), "36");
    });
}

/// When no new worker can start (here the program is gone), the pool goes on with the workers
/// it has: a later `map` gives every job to a living worker, and none gets `WorkerDied`.
#[test]
fn when_no_replacement_can_start_the_pool_goes_on_smaller() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("listing-20-04-gone");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let program = dir.join("listing-20-04");
    fs::copy(BIN, &program).unwrap();
    bounded(move || {
        let mut pool = KeptPool::with_program(&program, 2).unwrap();
        fs::remove_file(&program).unwrap();
        let results = pool.map(&["crash", "square 2"]);
        assert!(
            matches!(results[0], Err(JobError::WorkerDied(_))),
            "{results:?}"
        );
        assert_eq!(results[1].as_ref().unwrap(), "4");
        assert_eq!(pool.pids().len(), 1, "the dead worker has left the pool");
        let later = pool.map(&["square 3", "square 4", "square 5"]);
        let later: Vec<&str> = later.iter().map(|r| r.as_ref().unwrap().as_str()).collect();
        assert_eq!(later, ["9", "16", "25"]);
    });
}

#[test]
fn bad_arguments_are_a_one_line_error() {
    assert_one_line_error(BIN, &["crash"], "Error: usage: listing-20-04 [worker]\n");
}

/// The chapter says with which status the crashing worker exits: 101.
#[test]
fn the_chapter_states_the_crashed_workers_exit_status() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let crash = shown.lines().find(|l| l.starts_with("crash: ")).unwrap();
    let status = crash
        .split_once("exit status: ")
        .unwrap()
        .1
        .strip_suffix(')')
        .unwrap();
    assert_states(env!("CARGO_MANIFEST_DIR"), &[status]);
}
