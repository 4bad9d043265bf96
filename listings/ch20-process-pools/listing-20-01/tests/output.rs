use std::fs;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::Duration;

use book_support::{assert_one_line_error, assert_prints_book_output, bounded, procs, run};
use listing_20_01::{JobError, ProcessPool};

const BIN: &str = env!("CARGO_BIN_EXE_listing-20-01");

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(BIN, env!("CARGO_MANIFEST_DIR"));
}

/// A pool of `size` workers, each this listing's binary in its worker role.
fn pool_of(size: usize) -> ProcessPool {
    ProcessPool::with_program(Path::new(BIN), size).unwrap()
}

/// A worker that is a shell script speaking the same protocol (a worker can be any program),
/// written to a directory of the test's own.
#[cfg(unix)]
fn script_worker(name: &str, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let script = dir.join("worker");
    fs::write(&script, format!("#!/bin/sh\n{body}")).unwrap();
    fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).unwrap();
    script
}

/// Starts a pool of `script`; another test's process start may still hold the new file open
/// for a moment (ETXTBSY), so try again for a while.
#[cfg(unix)]
fn script_pool(script: &Path, size: usize) -> ProcessPool {
    for _ in 0..100 {
        match ProcessPool::with_program(script, size) {
            Err(e) if e.raw_os_error() == Some(26) => thread::sleep(Duration::from_millis(10)),
            started => return started.unwrap(),
        }
    }
    panic!("{} never became free to run", script.display());
}

/// After the pool is dropped, no worker process is left, not even as a zombie.
#[test]
#[cfg_attr(not(target_os = "linux"), ignore = "needs Linux's /proc")]
fn dropping_the_pool_ends_and_reaps_every_worker() {
    bounded(|| {
        let mut pool = pool_of(3);
        let pids = pool.pids();
        assert_eq!(pids.len(), 3);
        assert!(pids.iter().all(|&pid| procs::exists(pid)));
        let results = pool.map(["task A 1", "task B 2", "task C 3"]);
        assert!(results.iter().all(Result::is_ok), "{results:?}");
        drop(pool);
        for pid in pids {
            assert!(
                !procs::exists(pid),
                "worker {pid} is still there after drop"
            );
        }
    });
}

/// Results come back in input order even when the jobs finish in the opposite order. To make
/// that order certain without timing, the workers are a script: `wait F` waits until file F
/// exists, `create F` creates it, and each job notes its name in a log when it is done (`create`
/// just before the file exists, so that `wait` cannot note its name first).
#[cfg(unix)]
#[test]
fn map_returns_results_in_input_order_whatever_order_they_finish_in() {
    let script = script_worker(
        "listing-20-01-order",
        "while read -r verb file; do\n\
         \x20 case \"$verb\" in\n\
         \x20   wait) while [ ! -e \"$file\" ]; do sleep 0.01; done; echo wait >> \"$file.log\" ;;\n\
         \x20   create) echo create >> \"$file.log\"; : > \"$file\" ;;\n\
         \x20 esac\n\
         \x20 echo \"ok $verb done\"\n\
         done\n",
    );
    let gate = script.with_file_name("gate");
    let gate = gate.to_str().unwrap().to_owned();
    let results = bounded(move || {
        let mut pool = script_pool(&script, 2);
        pool.map([format!("wait {gate}"), format!("create {gate}")])
    });
    let results: Vec<String> = results.into_iter().map(Result::unwrap).collect();
    assert_eq!(results, ["wait done", "create done"], "input order");
    let log = Path::new(env!("CARGO_TARGET_TMPDIR")).join("listing-20-01-order/gate.log");
    assert_eq!(
        fs::read_to_string(log).unwrap(),
        "create\nwait\n",
        "finish order"
    );
}

/// A worker that dies costs its job, and only its job: the dead worker is reaped and leaves the
/// pool, the other jobs run on the other worker, and a later `map` never hands a job to the dead
/// one. The script answers `echo X` with X and exits with status 3 on `die`.
#[cfg(unix)]
#[test]
#[cfg_attr(not(target_os = "linux"), ignore = "needs Linux's /proc")]
fn a_worker_that_dies_costs_its_job_and_leaves_the_pool() {
    let script = script_worker(
        "listing-20-01-die",
        "while read -r verb word; do\n\
         \x20 [ \"$verb\" = die ] && exit 3\n\
         \x20 echo \"ok $word\"\n\
         done\n",
    );
    bounded(move || {
        let mut pool = script_pool(&script, 2);
        let before = pool.pids();
        let results = pool.map(["echo a", "die", "echo b", "echo c", "echo d"]);
        match &results[1] {
            Err(JobError::WorkerDied(status)) => assert_eq!(status.code(), Some(3)),
            other => panic!("the dying job gave {other:?}"),
        }
        for (index, word) in [(0, "a"), (2, "b"), (3, "c"), (4, "d")] {
            assert_eq!(results[index].as_ref().unwrap(), word, "{results:?}");
        }
        let after = pool.pids();
        assert_eq!(after.len(), 1, "{before:?} → {after:?}");
        let dead = before.iter().find(|pid| !after.contains(pid)).unwrap();
        assert!(
            !procs::exists(*dead),
            "the dead worker {dead} was not reaped"
        );

        let again = pool.map(["echo e", "echo f"]);
        assert!(again.iter().all(Result::is_ok), "{again:?}");
        // The last worker dies too: the jobs after it have nobody to run them.
        let last = pool.map(["die", "echo g"]);
        assert!(matches!(last[0], Err(JobError::WorkerDied(_))), "{last:?}");
        assert!(matches!(last[1], Err(JobError::NotRun)), "{last:?}");
        assert!(pool.pids().is_empty());
    });
}

#[test]
fn a_job_must_be_one_line() {
    bounded(|| {
        let mut pool = pool_of(1);
        let results = pool.map(["task A\n1", "task B 2"]);
        assert_eq!(
            results[0].as_ref().unwrap_err().to_string(),
            "a job must be a single line"
        );
        assert_eq!(results[1].as_ref().unwrap(), "B - end with 3");
    });
}

#[test]
fn bad_arguments_are_a_one_line_error() {
    for args in [&["workers"][..], &["worker", "2"]] {
        assert_one_line_error(BIN, args, "Error: usage: listing-20-01 [worker]\n");
    }
}

/// A worker reads jobs until its input ends: with no input it exits at once, printing nothing.
#[test]
fn a_worker_without_jobs_exits_quietly() {
    let live = run(BIN, &["worker"]);
    assert!(live.stdout.is_empty() && live.stderr.is_empty());
}
