//! Appendix C, "A thread per task, a pool, or rayon": many tiny tasks, run five ways.
//!
//! The code under test is the book's own: Listing 18-1's tiny task and its thread-per-task
//! loop, and Listing 18-2's `ThreadPool`, from the listings' libraries.
//! `cargo bench --bench thread_per_task` runs this group alone.

use std::hint::black_box;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rayon::prelude::*;

use listing_18_01::{on_this_thread, thread_per_task, tiny_task};
use listing_18_02::ThreadPool;

/// Tasks per measured iteration; the appendix divides each time by this to get a time per task.
const TASKS: u64 = 1_000;

fn tasks(c: &mut Criterion) {
    let workers = thread::available_parallelism().map_or(1, |n| n.get());
    let expected = on_this_thread(TASKS);
    let mut group = c.benchmark_group("thread-per-task");
    group.throughput(Throughput::Elements(TASKS));

    group.bench_function("on-this-thread", |b| {
        b.iter(|| on_this_thread(black_box(TASKS)))
    });

    // Listing 18-1: a new thread for every task, all started, then all joined.
    group.bench_function("thread-per-task", |b| {
        b.iter(|| {
            let sum = thread_per_task(black_box(TASKS));
            assert_eq!(sum, expected);
        })
    });

    // Listing 18-2's pool, started once, outside the measurement: each task is a `submit`
    // (through `map`) and a `result`, as the book's callers use it.
    let pool = ThreadPool::new(workers);
    group.bench_function("thread-pool", |b| {
        b.iter(|| {
            let sum: u64 = pool
                .map(tiny_task, 0..black_box(TASKS))
                .map(Result::unwrap)
                .sum();
            assert_eq!(sum, expected);
        })
    });
    drop(pool);

    // rayon's global pool (one thread per CPU), one spawned task per tiny task...
    group.bench_function("rayon-spawn", |b| {
        b.iter(|| {
            let sum = AtomicU64::new(0);
            rayon::scope(|s| {
                for n in 0..black_box(TASKS) {
                    let sum = &sum;
                    s.spawn(move |_| {
                        sum.fetch_add(tiny_task(n), Ordering::Relaxed);
                    });
                }
            });
            assert_eq!(sum.into_inner(), expected);
        })
    });

    // ...and the way rayon is meant to be used: a parallel iterator, which splits the range into
    // a few pieces, one per thread that is free, instead of one task per item.
    group.bench_function("rayon-par-iter", |b| {
        b.iter(|| {
            let sum: u64 = (0..black_box(TASKS)).into_par_iter().map(tiny_task).sum();
            assert_eq!(sum, expected);
        })
    });

    group.finish();
}

criterion_group!(benches, tasks);
criterion_main!(benches);
