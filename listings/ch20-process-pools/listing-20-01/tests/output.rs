use std::path::Path;
use std::thread;

use book_support::{assert_book_output, run, run_unchecked};

// The listing's own `ProcessPool`, tested directly (its `main` is not called here). The workers
// are the listing's binary in its worker role.
#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use listing::{JobError, ProcessPool};

const BIN: &str = env!("CARGO_BIN_EXE_listing-20-01");

/// Runs `test` on a thread of its own and fails if it has not finished within the time limit,
/// so that a pool that hangs fails the test instead of hanging it.
fn bounded<T: Send + 'static>(test: impl FnOnce() -> T + Send + 'static) -> T {
    let (done, finished) = crossbeam_channel::bounded(1);
    thread::spawn(move || done.send(test()).unwrap());
    finished
        .recv_timeout(book_support::run::TIMEOUT)
        .expect("the test did not finish in time: a pool that hangs?")
}

/// On Linux, a process that has exited but has not been reaped (a zombie) still has its
/// `/proc/<pid>`; once its parent has waited for it, the directory is gone.
fn exists(pid: u32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
}

#[test]
fn prints_what_the_book_shows() {
    let live = run(BIN, &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
    // The crashing worker's panic message reaches the parent's stderr, which workers share.
    assert!(
        live.stderr.contains("crashing on purpose"),
        "stderr: {}",
        live.stderr
    );
}

/// A crash costs one job its result and the pool one worker, which it replaces; the other jobs
/// complete, the dead worker is reaped, and the pool goes on working.
#[cfg(target_os = "linux")]
#[test]
fn a_crashing_worker_fails_only_its_job_and_is_replaced_and_reaped() {
    bounded(|| {
        let mut pool = ProcessPool::with_program(Path::new(BIN), 2).unwrap();
        let before = pool.pids();
        let results = pool.map(["task A 3", "crash", "task B 4", "dance"]);
        let after = pool.pids();

        assert_eq!(results[0].as_ref().unwrap(), "A - end with 6");
        match &results[1] {
            Err(JobError::WorkerDied(Some(status))) => assert_eq!(status.code(), Some(101)),
            other => panic!("the crash gave {other:?}"),
        }
        assert_eq!(results[2].as_ref().unwrap(), "B - end with 10");
        match &results[3] {
            Err(JobError::Failed(message)) => assert_eq!(message, "unknown job `dance`"),
            other => panic!("an unknown job gave {other:?}"),
        }

        let gone: Vec<u32> = before
            .iter()
            .copied()
            .filter(|p| !after.contains(p))
            .collect();
        assert_eq!(gone.len(), 1, "one worker replaced: {before:?} → {after:?}");
        assert!(
            !exists(gone[0]),
            "the crashed worker {} was not reaped",
            gone[0]
        );
        assert_eq!(after.len(), 2);

        // The pool still works, with the replacement among its workers.
        let again = pool.map(["task C 5", "task D 6"]);
        assert_eq!(again[0].as_ref().unwrap(), "C - end with 15");
        assert_eq!(again[1].as_ref().unwrap(), "D - end with 21");
    });
}

/// After the pool is dropped, no worker process is left, not even as a zombie.
#[cfg(target_os = "linux")]
#[test]
fn dropping_the_pool_ends_and_reaps_every_worker() {
    bounded(|| {
        let mut pool = ProcessPool::with_program(Path::new(BIN), 3).unwrap();
        let pids = pool.pids();
        assert_eq!(pids.len(), 3);
        assert!(pids.iter().all(|&pid| exists(pid)));
        let results = pool.map(["task A 1", "task B 2", "task C 3"]);
        assert!(results.iter().all(Result::is_ok), "{results:?}");
        drop(pool);
        for pid in pids {
            assert!(!exists(pid), "worker {pid} is still there after drop");
        }
    });
}

/// Results come back in input order even when the jobs finish in the opposite order. To make
/// that order certain without timing, the workers here are a small shell script that speaks the
/// same protocol (a worker can be any program): `wait F` waits until file F exists, `create F`
/// creates it, and each job notes its name in a log as it finishes.
#[cfg(unix)]
#[test]
fn map_returns_results_in_input_order_whatever_order_they_finish_in() {
    use std::fs;
    use std::os::unix::fs::PermissionsExt;

    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("listing-20-01-order");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let script = dir.join("gate-worker");
    fs::write(
        &script,
        "#!/bin/sh\n\
         while read -r verb file; do\n\
         \x20 case \"$verb\" in\n\
         \x20   wait) while [ ! -e \"$file\" ]; do sleep 0.01; done ;;\n\
         \x20   create) : > \"$file\" ;;\n\
         \x20 esac\n\
         \x20 echo \"$verb\" >> \"$file.log\"\n\
         \x20 echo \"ok $verb done\"\n\
         done\n",
    )
    .unwrap();
    fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).unwrap();
    let gate = dir.join("gate");
    let gate = gate.to_str().unwrap().to_owned();

    let results = bounded(move || {
        // Another test's process start may still hold the new file open for a moment.
        let mut pool = (0..100)
            .find_map(|_| match ProcessPool::with_program(&script, 2) {
                Err(e) if e.raw_os_error() == Some(26) => {
                    thread::sleep(std::time::Duration::from_millis(10));
                    None // ETXTBSY: try again
                }
                started => Some(started.unwrap()),
            })
            .expect("the script never became free to run");
        pool.map([format!("wait {gate}"), format!("create {gate}")])
    });
    let results: Vec<String> = results.into_iter().map(Result::unwrap).collect();
    assert_eq!(results, ["wait done", "create done"], "input order");
    let log = fs::read_to_string(dir.join("gate.log")).unwrap();
    assert_eq!(log, "create\nwait\n", "the order in which they finished");
}

#[test]
fn bad_arguments_are_a_one_line_error() {
    for args in [&["workers"][..], &["worker", "2"]] {
        let live = run_unchecked(BIN, args);
        assert_eq!(live.status.code(), Some(2), "{args:?}");
        assert_eq!(live.stderr, "error: usage: listing-20-01 [worker]\n");
        assert!(live.stdout.is_empty());
    }
}

/// A worker reads jobs until its input ends: with no input it exits at once, printing nothing.
#[test]
fn a_worker_without_jobs_exits_quietly() {
    let live = run(BIN, &["worker"]);
    assert!(live.stdout.is_empty() && live.stderr.is_empty());
}
