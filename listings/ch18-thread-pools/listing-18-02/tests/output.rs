use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use book_support::prose::assert_section_states;
use book_support::{assert_prints_book_output, book_output, bounded, lines_starting_with};
use listing_18_02::ThreadPool;

#[test]
fn prints_what_the_book_shows() {
    let live = assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-18-02"),
        env!("CARGO_MANIFEST_DIR"),
    );
    // The panic is reported on stderr by the worker that ran the task.
    assert!(
        live.stderr.contains("thread 'worker-") && live.stderr.contains("no result for you"),
        "stderr: {}",
        live.stderr
    );
}

/// Six tasks made to finish in reverse order (each waits until the next one has finished);
/// `map` still hands the results back in input order.
#[test]
fn map_returns_results_in_input_order_whatever_order_they_finish_in() {
    bounded(|| {
        const TASKS: usize = 6;
        let pool = ThreadPool::new(TASKS); // a waiting task holds a worker
        let gates: Vec<_> = (0..TASKS).map(|_| crossbeam_channel::bounded(1)).collect();
        let finished = Arc::new(Mutex::new(Vec::new()));
        gates[TASKS - 1].0.send(()).unwrap();
        let order = Arc::clone(&finished);
        let results: Vec<String> = pool
            .map(
                move |n: usize| {
                    gates[n].1.recv().unwrap();
                    order.lock().unwrap().push(n);
                    if n > 0 {
                        gates[n - 1].0.send(()).unwrap();
                    }
                    format!("result {n}")
                },
                0..TASKS,
            )
            .map(Result::unwrap)
            .collect();
        assert_eq!(
            *finished.lock().unwrap(),
            [5, 4, 3, 2, 1, 0],
            "finish order"
        );
        let expected: Vec<String> = (0..TASKS).map(|n| format!("result {n}")).collect();
        assert_eq!(results, expected, "results in input order");
    });
}

/// With a single worker, the worker that ran the panicking task is the one that must go on.
#[test]
fn a_panicking_task_gives_its_caller_an_error_and_the_pool_keeps_working() {
    bounded(|| {
        let pool = ThreadPool::new(1);
        let failing = pool.submit(|| -> u32 { panic!("task {} failed", 7) });
        let fine = pool.submit(|| 42);
        let error = failing.result().unwrap_err();
        assert_eq!(error.to_string(), "the task panicked: task 7 failed");
        assert_eq!(fine.result().unwrap(), 42);
        // A panic with a &str payload, inside `map`: only that input's result is an error.
        let results: Vec<_> = pool
            .map(
                |n: u32| {
                    if n == 2 {
                        panic!("two");
                    }
                    n
                },
                1..=3,
            )
            .map(|r| r.map_err(|e| e.to_string()))
            .collect();
        assert_eq!(
            results,
            [Ok(1), Err("the task panicked: two".to_owned()), Ok(3)]
        );
        assert_eq!(pool.submit(|| "still here").result().unwrap(), "still here");
    });
}

/// A result whose `Drop` panics.
struct PanicsWhenDropped;

impl Drop for PanicsWhenDropped {
    fn drop(&mut self) {
        panic!("dropped");
    }
}

/// When the caller has dropped its handle, the job cannot send the result and drops it itself,
/// outside the task. A panic there must not end the worker: with one worker, the pool would be
/// left with none, and the next `submit` would fail.
#[test]
fn a_result_that_panics_when_dropped_unwanted_does_not_end_its_worker() {
    bounded(|| {
        let pool = ThreadPool::new(1);
        drop(pool.submit(|| PanicsWhenDropped));
        assert_eq!(pool.submit(|| 2).result().unwrap(), 2);
        drop(pool); // joins the worker, which must still be there
    });
}

/// One worker, held up by a first task, so that the other tasks are still queued when the
/// pool is dropped; drop returns only after every one of them has run.
#[test]
fn dropping_the_pool_runs_the_queued_tasks_and_joins_the_workers() {
    bounded(|| {
        let pool = ThreadPool::new(1);
        let finished = Arc::new(AtomicUsize::new(0));
        let (open, gate) = crossbeam_channel::bounded::<()>(1);
        let first = Arc::clone(&finished);
        pool.submit(move || {
            gate.recv().unwrap();
            first.fetch_add(1, Ordering::Relaxed);
        });
        for _ in 0..9 {
            let finished = Arc::clone(&finished);
            pool.submit(move || {
                thread::sleep(Duration::from_millis(1));
                finished.fetch_add(1, Ordering::Relaxed);
            });
        }
        assert_eq!(finished.load(Ordering::Relaxed), 0, "the worker is held up");
        open.send(()).unwrap();
        drop(pool);
        assert_eq!(finished.load(Ordering::Relaxed), 10, "all ten tasks ran");
        // Every job (and with it every clone of `finished`) is gone: the workers are done.
        assert_eq!(Arc::strong_count(&finished), 1);
    });
}

/// A handle that is dropped without `result()` does not disturb the worker.
#[test]
fn a_dropped_handle_is_fine() {
    bounded(|| {
        let pool = ThreadPool::new(2);
        drop(pool.submit(|| 1));
        assert_eq!(pool.submit(|| 2).result().unwrap(), 2);
    });
}

/// The chapter says, of the output of `src/main.rs`, which `map` task finishes first (3) and last
/// (0), and how many tasks run before `drop(pool)` returns (8).
#[test]
fn the_chapter_states_the_order_of_the_tasks_and_the_tasks_run_at_drop() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let finished: Vec<&str> = lines_starting_with(&shown, "task ")
        .iter()
        .map(|l| {
            l.strip_prefix("task ")
                .unwrap()
                .strip_suffix(" finished")
                .unwrap()
        })
        .collect();
    let last = shown.lines().last().unwrap();
    let (ran, submitted) = last
        .strip_prefix("after drop: ")
        .and_then(|rest| rest.strip_suffix(" tasks finished"))
        .and_then(|rest| rest.split_once(" of "))
        .unwrap();
    assert_eq!(ran, submitted, "{shown}");
    let stated = [finished[0], finished[finished.len() - 1], ran];
    assert_section_states(env!("CARGO_MANIFEST_DIR"), "trying-it-out", &stated);
}
