//! Appendix C, "10,000 tasks or 10,000 threads": the time to start 10,000 threads or 10,000
//! tokio tasks and wait for them all, and the memory that many of them take while they all exist.
//! `cargo bench --bench tasks_vs_threads` runs this group alone.
//!
//! criterion measures time only. For memory, this program starts copies of itself, each with
//! `BENCH_PEAK_MEMORY=threads` or `=tasks` in its environment: such a copy starts 10,000 threads
//! or tasks that all wait at a barrier, reads its own memory use from `/proc` while they all
//! exist, prints one line and exits. That is Linux-only (`/proc/self/status`, `/proc/meminfo`).
//! The copies run after the timings; their medians are written next to criterion's results, in
//! `target/criterion/tasks-vs-threads/peak-memory.json`, where `plot-benchmarks` reads them.

use std::env;
use std::fs;
use std::process::Command;
use std::sync::{Arc, Barrier};
use std::thread;

use criterion::{Criterion, SamplingMode, Throughput};

#[allow(dead_code)] // each benchmark program uses part of it
mod support;

/// How many threads or tasks each measurement starts.
const COUNT: usize = 10_000;

fn timings(c: &mut Criterion) {
    let mut group = c.benchmark_group("tasks-vs-threads");
    group.throughput(Throughput::Elements(COUNT as u64));
    // A run of 10,000 threads takes about half a second: a few runs per sample, ten samples.
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);

    // Start them all, then wait for them all, so that many exist at the same time.
    group.bench_function("threads", |b| {
        b.iter(|| {
            let handles: Vec<_> = (0..COUNT).map(|n| thread::spawn(move || n)).collect();
            let sum: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
            assert_eq!(sum, COUNT * (COUNT - 1) / 2);
        })
    });

    // The same with tokio tasks, on a runtime started once, outside the measurement: the
    // multi-thread runtime that `#[tokio::main]` builds (a worker thread per CPU), then the
    // current-thread one (`flavor = "current_thread"`).
    let runtimes = [
        ("tokio-tasks", tokio::runtime::Runtime::new().unwrap()),
        (
            "tokio-tasks-current-thread",
            tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap(),
        ),
    ];
    for (name, runtime) in &runtimes {
        group.bench_function(*name, |b| {
            b.iter(|| {
                runtime.block_on(async {
                    let handles: Vec<_> =
                        (0..COUNT).map(|n| tokio::spawn(async move { n })).collect();
                    let mut sum = 0;
                    for handle in handles {
                        sum += handle.await.unwrap();
                    }
                    assert_eq!(sum, COUNT * (COUNT - 1) / 2);
                })
            })
        });
    }
    group.finish();
}

/// Fields of a `/proc` file such as `/proc/self/status`, in KiB: `VmHWM:   1234 kB` → 1234.
fn proc_kib(path: &str, field: &str) -> u64 {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e} (Linux only)"));
    text.lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.trim().strip_suffix("kB")?.trim().parse().ok())
        .unwrap_or_else(|| panic!("no `{field}` in {path}"))
}

/// What a copy of this program measures, in KiB: its resident memory before starting anything;
/// its peak resident memory (`VmHWM`) and peak address space (`VmPeak`) with all 10,000 alive;
/// and how much the kernel's stacks for threads (`KernelStack` in `/proc/meminfo`, for the whole
/// machine, so other programs add a little noise) grew meanwhile.
struct Memory {
    before: u64,
    peak: u64,
    address_space: u64,
    kernel_stacks: u64,
}

/// The two readings taken before anything is started.
fn before() -> (u64, u64) {
    (
        proc_kib("/proc/self/status", "VmRSS"),
        proc_kib("/proc/meminfo", "KernelStack"),
    )
}

/// The readings taken while all 10,000 exist.
fn while_alive((before, kernel_before): (u64, u64)) -> Memory {
    Memory {
        before,
        peak: proc_kib("/proc/self/status", "VmHWM"),
        address_space: proc_kib("/proc/self/status", "VmPeak"),
        kernel_stacks: proc_kib("/proc/meminfo", "KernelStack").saturating_sub(kernel_before),
    }
}

/// 10,000 threads, each waiting at a barrier until the readings are taken.
fn threads_memory() -> Memory {
    let before = before();
    let (started, release) = (Barrier::new(COUNT + 1), Barrier::new(COUNT + 1));
    thread::scope(|s| {
        for _ in 0..COUNT {
            s.spawn(|| {
                started.wait();
                release.wait();
            });
        }
        started.wait(); // every thread is running now
        let memory = while_alive(before);
        release.wait();
        memory
    })
}

/// 10,000 tokio tasks on the multi-thread runtime, each waiting at a barrier until the readings
/// are taken. The runtime itself (a worker thread per CPU) is part of what is measured.
fn tasks_memory() -> Memory {
    let before = before();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let started = Arc::new(tokio::sync::Barrier::new(COUNT + 1));
        let release = Arc::new(tokio::sync::Barrier::new(COUNT + 1));
        let handles: Vec<_> = (0..COUNT)
            .map(|_| {
                let (started, release) = (Arc::clone(&started), Arc::clone(&release));
                tokio::spawn(async move {
                    started.wait().await;
                    release.wait().await;
                })
            })
            .collect();
        started.wait().await; // every task has run up to its second barrier
        let memory = while_alive(before);
        release.wait().await;
        for handle in handles {
            handle.await.unwrap();
        }
        memory
    })
}

/// Runs the memory measurements in copies of this program and saves their medians.
fn peak_memory() {
    let Some(runs) = support::extra_runs("tasks-vs-threads/peak-memory", 5) else {
        return;
    };
    let exe = env::current_exe().unwrap();
    let mut results = Vec::new();
    for what in ["threads", "tasks"] {
        let readings: Vec<[u64; 4]> = (0..runs.count)
            .map(|_| {
                let output = Command::new(&exe)
                    .env("BENCH_PEAK_MEMORY", what)
                    .output()
                    .unwrap();
                assert!(
                    output.status.success(),
                    "the {what} copy failed: {output:?}"
                );
                let numbers: Vec<u64> = String::from_utf8_lossy(&output.stdout)
                    .split_whitespace()
                    .map(|n| n.parse().unwrap())
                    .collect();
                numbers.try_into().expect("four numbers")
            })
            .collect();
        let [before, peak, address_space, kernel_stacks] = support::medians(&readings);
        println!(
            "tasks-vs-threads/peak-memory/{what}: {COUNT} alive: peak resident {peak} KiB \
             (from {before} KiB), peak address space {address_space} KiB, \
             kernel stacks +{kernel_stacks} KiB"
        );
        results.push(serde_json::json!({
            "what": what,
            "count": COUNT,
            "runs": runs.count,
            "before_kib": before,
            "peak_kib": peak,
            "address_space_kib": address_space,
            "kernel_stacks_kib": kernel_stacks,
        }));
    }
    support::save(
        &runs,
        "tasks-vs-threads/peak-memory.json",
        serde_json::Value::Array(results),
    );
}

fn main() {
    // In a copy started for a memory measurement: measure, print one line, exit.
    if let Some(what) = env::var_os("BENCH_PEAK_MEMORY") {
        let memory = match what.to_str() {
            Some("threads") => threads_memory(),
            Some("tasks") => tasks_memory(),
            _ => panic!("BENCH_PEAK_MEMORY must be `threads` or `tasks`"),
        };
        println!(
            "{} {} {} {}",
            memory.before, memory.peak, memory.address_space, memory.kernel_stacks
        );
        return;
    }

    let mut criterion = Criterion::default().configure_from_args();
    timings(&mut criterion);
    criterion.final_summary();
    peak_memory();
}
