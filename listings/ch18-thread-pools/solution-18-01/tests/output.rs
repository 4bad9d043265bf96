use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output, bounded};
use crossbeam_channel::{Receiver, Sender};

use solution_18_01::CountingPool;

#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_solution-18-01"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// As soon as `result()` has returned, the task is in the count: one task at a time, many
/// times over. (A count taken by the worker after the job has sent its result lags behind now
/// and then: this test usually catches it, the next one always does.)
#[test]
fn a_task_is_counted_by_the_time_its_result_arrives() {
    bounded(|| {
        let pool = CountingPool::new(2);
        assert_eq!(pool.completed(), 0);
        for n in 1..=200 {
            assert_eq!(pool.submit(move || n).result().unwrap(), n);
            assert_eq!(pool.completed(), n, "after the result of task {n}");
        }
    });
}

/// A value that, when it is dropped, says so and then waits until its gate opens.
struct HoldWhenDropped {
    dropping: Sender<()>,
    gate: Receiver<()>,
}

impl Drop for HoldWhenDropped {
    fn drop(&mut self) {
        let _ = self.dropping.send(());
        let _ = self.gate.recv();
    }
}

/// The same rule, without relying on chance. Nobody takes this task's result (its handle is
/// dropped), so the job's `send` fails and hands the value back, and the worker drops it right
/// after the `send`, still inside the job. The value holds the worker there while the test
/// looks: the task must already be counted. (Counted in the worker's loop after `job()`, it
/// would not be yet.)
#[test]
fn a_task_is_counted_before_its_result_is_sent() {
    bounded(|| {
        let pool = CountingPool::new(1);
        let (start, started) = crossbeam_channel::bounded::<()>(1);
        let (dropping, worker_is_dropping) = crossbeam_channel::bounded(1);
        let (open, gate) = crossbeam_channel::bounded::<()>(1);
        let handle = pool.submit(move || {
            started.recv().unwrap();
            HoldWhenDropped { dropping, gate }
        });
        drop(handle);
        start.send(()).unwrap();
        worker_is_dropping.recv().unwrap();
        assert_eq!(
            pool.completed(),
            1,
            "counted by the time the result was sent"
        );
        open.send(()).unwrap();
    });
}

/// A task that is running or still queued is not counted; one that panicked is.
#[test]
fn only_finished_tasks_count_panicked_ones_included() {
    bounded(|| {
        let pool = CountingPool::new(1);
        let (started_tx, started) = crossbeam_channel::bounded(1);
        let (open, gate) = crossbeam_channel::bounded::<()>(1);
        let first = pool.submit(move || {
            started_tx.send(()).unwrap();
            gate.recv().unwrap();
            1
        });
        let failing = pool.submit(|| -> i32 { panic!("counted anyway") });
        let queued: Vec<_> = (2..=3).map(|n| pool.submit(move || n)).collect();
        started.recv().unwrap();
        assert_eq!(pool.completed(), 0, "one task running, three queued");

        open.send(()).unwrap();
        assert_eq!(first.result().unwrap(), 1);
        assert!(pool.completed() >= 1);
        assert!(failing.result().is_err());
        for (handle, n) in queued.into_iter().zip(2..) {
            assert_eq!(handle.result().unwrap(), n);
        }
        assert_eq!(pool.completed(), 4);
    });
}

/// A task whose handle was dropped still runs, and still counts.
#[test]
fn a_task_nobody_waits_for_is_counted_too() {
    bounded(|| {
        let pool = CountingPool::new(1);
        drop(pool.submit(|| "nobody asks"));
        // One worker takes the tasks in order: the first has finished before the second runs.
        assert_eq!(pool.submit(|| "asked").result().unwrap(), "asked");
        assert_eq!(pool.completed(), 2);
    });
}

/// The chapter says how many tasks `main` submits: 6, which the solution counts.
#[test]
fn the_chapter_states_the_number_of_tasks() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let last = shown.lines().last().unwrap();
    let completed = last
        .strip_prefix("completed: ")
        .unwrap()
        .strip_suffix(" tasks")
        .unwrap();
    assert_states(env!("CARGO_MANIFEST_DIR"), &[completed]);
}
