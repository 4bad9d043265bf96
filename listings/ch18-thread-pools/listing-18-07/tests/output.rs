use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use book_support::prose::assert_states;
use book_support::{assert_prints_book_output, book_output, bounded, lines_starting_with};
use listing_18_07::BoundedPool;

/// The worker is held until the queue has been filled and the refused jobs have run on `main`,
/// and it runs the rest in queue order: every run prints the same.
#[test]
fn prints_what_the_book_shows() {
    bounded(|| {
        assert_prints_book_output(
            env!("CARGO_BIN_EXE_listing-18-07"),
            env!("CARGO_MANIFEST_DIR"),
        );
    });
}

/// Holds every worker of `pool` on a gate, and returns once each is running a job that waits
/// there; dropping the returned sender opens the gate.
fn hold_every_worker(pool: &BoundedPool, workers: usize) -> crossbeam_channel::Sender<()> {
    let (open, gate) = crossbeam_channel::unbounded::<()>();
    let (started_tx, started) = crossbeam_channel::unbounded();
    for _ in 0..workers {
        let (gate, started_tx) = (gate.clone(), started_tx.clone());
        pool.submit(move || {
            started_tx.send(()).unwrap();
            let _ = gate.recv();
        });
    }
    for _ in 0..workers {
        started.recv().unwrap();
    }
    open
}

/// With every worker busy, `try_submit` queues exactly `capacity` jobs and hands back the rest,
/// unrun; the jobs handed back are the caller's own, and the queued ones run later.
#[test]
fn try_submit_hands_back_what_does_not_fit() {
    bounded(|| {
        for (workers, capacity) in [(1, 1), (2, 3), (3, 5)] {
            let ran = Arc::new(AtomicUsize::new(0));
            let pool = BoundedPool::new(workers, capacity);
            let gate = hold_every_worker(&pool, workers);
            let mut refused = Vec::new();
            for _ in 0..capacity + 4 {
                let ran = Arc::clone(&ran);
                if let Err(job) = pool.try_submit(move || {
                    ran.fetch_add(1, Ordering::Relaxed);
                }) {
                    refused.push(job);
                }
            }
            assert_eq!(refused.len(), 4, "{workers} workers, capacity {capacity}");
            assert_eq!(ran.load(Ordering::Relaxed), 0, "nothing ran yet");
            for job in refused {
                job(); // the caller's closure, handed back whole
            }
            assert_eq!(ran.load(Ordering::Relaxed), 4);
            drop(gate);
            drop(pool);
            assert_eq!(
                ran.load(Ordering::Relaxed),
                capacity + 4,
                "the queued jobs ran too"
            );
        }
    });
}

/// A `submit` into a full queue returns only once a worker has taken a job out of it: here,
/// once the only worker has finished the job that held it.
#[test]
fn submit_into_a_full_queue_waits_for_a_worker_to_make_room() {
    bounded(|| {
        for capacity in [1, 2, 4] {
            let pool = BoundedPool::new(1, capacity);
            let first_done = Arc::new(AtomicUsize::new(0));
            let (open, gate) = crossbeam_channel::bounded::<()>(1);
            let (started_tx, started) = crossbeam_channel::bounded(1);
            let done = Arc::clone(&first_done);
            pool.submit(move || {
                started_tx.send(()).unwrap();
                gate.recv().unwrap();
                done.store(1, Ordering::Relaxed);
            });
            started.recv().unwrap();
            for _ in 0..capacity {
                assert!(pool.try_submit(|| {}).is_ok(), "room for {capacity}");
            }
            assert!(pool.try_submit(|| {}).is_err(), "full at {capacity}");
            open.send(()).unwrap();
            pool.submit(|| {});
            // Room came when the worker took the next job, after the first job had ended; the
            // channel's send and receive order that store before this load.
            assert_eq!(first_done.load(Ordering::Relaxed), 1, "capacity {capacity}");
        }
    });
}

/// A producer much faster than the worker never gets more than `capacity` jobs ahead of it,
/// plus the one it has taken and not yet counted. (When `submit` returns, the queue has room for
/// its job because the worker has taken an earlier one, after counting the one before that.)
#[test]
fn a_fast_producer_stays_at_most_capacity_jobs_ahead() {
    bounded(|| {
        let (workers, capacity) = (1, 3);
        let pool = BoundedPool::new(workers, capacity);
        let started = Arc::new(AtomicUsize::new(0));
        let mut furthest_ahead = 0;
        for submitted in 1..=500 {
            let counter = Arc::clone(&started);
            pool.submit(move || {
                counter.fetch_add(1, Ordering::Relaxed);
                std::thread::yield_now();
            });
            let ahead = submitted - started.load(Ordering::Relaxed);
            furthest_ahead = furthest_ahead.max(ahead);
        }
        assert!(
            furthest_ahead <= capacity + workers,
            "{furthest_ahead} jobs ahead of the workers, capacity {capacity}"
        );
        drop(pool);
        assert_eq!(started.load(Ordering::Relaxed), 500);
    });
}

/// The chapter says how many jobs `try_submit` queued (2, the capacity) and which came back (3
/// and 4), and that `submit(5)` waited.
#[test]
fn the_chapter_states_what_fit_and_what_came_back() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let number = |line: &str| {
        line.split_once('(')
            .unwrap()
            .1
            .split_once(')')
            .unwrap()
            .0
            .to_owned()
    };
    let queued: Vec<String> = lines_starting_with(&shown, "try_submit")
        .iter()
        .filter(|l| l.ends_with(": queued"))
        .map(|l| number(l))
        .collect();
    let refused: Vec<String> = lines_starting_with(&shown, "try_submit")
        .iter()
        .filter(|l| l.contains("full"))
        .map(|l| number(l))
        .collect();
    let waited = number(lines_starting_with(&shown, "submit(")[0]);
    let mut stated = vec![queued.len().to_string()];
    stated.extend(refused);
    stated.push(waited);
    assert_states(env!("CARGO_MANIFEST_DIR"), &stated);
}
