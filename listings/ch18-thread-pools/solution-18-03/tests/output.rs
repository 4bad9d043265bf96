use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output, bounded};
use crossbeam_channel::{Receiver, Sender};

use solution_18_03::{TaskError, TaskHandle, ThreadPool};

/// Submits a task that holds its worker until `open` is sent, and waits until it has started.
fn hold_a_worker(pool: &ThreadPool, name: &'static str) -> (TaskHandle<&'static str>, Sender<()>) {
    let (started_tx, started) = crossbeam_channel::bounded(1);
    let (open, gate): (Sender<()>, Receiver<()>) = crossbeam_channel::bounded(1);
    let handle = pool.submit(move || {
        started_tx.send(()).unwrap();
        gate.recv().unwrap();
        name
    });
    started.recv().unwrap();
    (handle, open)
}

/// `count` tasks, and how many of them have run: they count in it if they ever do.
fn queue_tasks(pool: &ThreadPool, count: usize) -> (Arc<AtomicUsize>, Vec<TaskHandle<()>>) {
    let ran = Arc::new(AtomicUsize::new(0));
    let handles = (0..count)
        .map(|_| {
            let ran = Arc::clone(&ran);
            pool.submit(move || {
                ran.fetch_add(1, Ordering::Relaxed);
            })
        })
        .collect();
    (ran, handles)
}

/// A pool of one worker, held by a task named `first`, with five tasks queued behind it.
struct Held {
    pool: ThreadPool,
    first: TaskHandle<&'static str>,
    open: Sender<()>,
    ran: Arc<AtomicUsize>,
    queued: Vec<TaskHandle<()>>,
}

fn held_with_five_queued() -> Held {
    let pool = ThreadPool::new(1);
    let (first, open) = hold_a_worker(&pool, "first");
    let (ran, queued) = queue_tasks(&pool, 5);
    Held {
        pool,
        first,
        open,
        ran,
        queued,
    }
}

/// The queued tasks' handles report the cancellation before the running task has finished:
/// every run prints the same.
#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(
        env!("CARGO_BIN_EXE_solution-18-03"),
        env!("CARGO_MANIFEST_DIR"),
    );
}

/// One worker, held by a running task; five tasks queued behind it. `shutdown_now` cancels the
/// five at once: their handles say so while the running task is still held. None of them ever
/// runs, and their closures are dropped. The running task then finishes with its value.
#[test]
fn queued_tasks_are_cancelled_at_once_and_never_run() {
    bounded(|| {
        let held = held_with_five_queued();

        let shutdown = thread::spawn(move || held.pool.shutdown_now());
        for handle in held.queued {
            assert!(matches!(handle.result(), Err(TaskError::Cancelled)));
        }
        assert_eq!(
            Arc::strong_count(&held.ran),
            1,
            "the cancelled tasks are dropped"
        );
        held.open.send(()).unwrap();
        shutdown.join().unwrap();
        assert_eq!(held.first.result().unwrap(), "first");
        assert_eq!(held.ran.load(Ordering::Relaxed), 0, "no cancelled task ran");
    });
}

/// Two workers, each running a task: both tasks finish, and `shutdown_now` returns only after
/// they have.
#[test]
fn running_tasks_finish() {
    bounded(|| {
        let pool = ThreadPool::new(2);
        let (a, open_a) = hold_a_worker(&pool, "a");
        let (b, open_b) = hold_a_worker(&pool, "b");
        let (ran, queued) = queue_tasks(&pool, 3);

        let shutdown = thread::spawn(move || pool.shutdown_now());
        for handle in queued {
            assert_eq!(
                handle.result().unwrap_err().to_string(),
                "the task was cancelled"
            );
        }
        open_a.send(()).unwrap();
        open_b.send(()).unwrap();
        shutdown.join().unwrap();
        assert_eq!((a.result().unwrap(), b.result().unwrap()), ("a", "b"));
        assert_eq!(ran.load(Ordering::Relaxed), 0);
    });
}

/// Dropping the pool is unchanged: every queued task still runs.
#[test]
fn dropping_the_pool_still_runs_every_queued_task() {
    bounded(|| {
        let held = held_with_five_queued();
        held.open.send(()).unwrap();
        drop(held.pool);
        assert_eq!(held.first.result().unwrap(), "first");
        assert!(held.queued.into_iter().all(|h| h.result().is_ok()));
        assert_eq!(held.ran.load(Ordering::Relaxed), 5);
    });
}

/// A panic is still a panic, and an idle pool shuts down at once.
#[test]
fn a_panic_is_not_a_cancellation() {
    bounded(|| {
        let pool = ThreadPool::new(2);
        let error = pool.submit(|| -> u8 { panic!("boom") }).result();
        assert!(matches!(&error, Err(TaskError::Panicked(message)) if message == "boom"));
        assert_eq!(error.unwrap_err().to_string(), "the task panicked: boom");
        pool.shutdown_now();
    });
}

/// The chapter says how many queued tasks are cancelled: 3.
#[test]
fn the_chapter_states_the_number_of_cancelled_tasks() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let cancelled = shown
        .lines()
        .filter(|l| l.ends_with(": the task was cancelled"))
        .count();
    assert_states(env!("CARGO_MANIFEST_DIR"), &[cancelled.to_string()]);
}
