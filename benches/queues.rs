//! Appendix C, "Three bounded queues": how many messages per second go through Listing 17-8's
//! `SafeQueue`, `std::sync::mpsc::sync_channel` and `crossbeam_channel::bounded`, with 1, 2 and
//! 4 producers and as many consumers. `cargo bench --bench queues` runs this group alone.
//!
//! After the timings it counts, in a few more runs of each, how often the threads were switched
//! out (Linux only, from `/proc/thread-self/status`): that is what explains the times.

use std::fs;
use std::ops::{Add, Sub};
use std::sync::mpsc;
use std::sync::{Barrier, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput};

#[allow(dead_code)] // each benchmark program uses part of it
mod support;

#[allow(dead_code)] // its `run` and `main` are not used here
#[path = "../listings/ch17-locks/listing-17-08/src/main.rs"]
mod listing_17_08;

use listing_17_08::SafeQueue;

/// Messages per measured run, shared out evenly among the producers.
const MESSAGES: u64 = 100_000;
/// Room in each queue.
const CAPACITY: usize = 64;

/// The sum of `0..MESSAGES`: what the consumers must have received between them.
const EXPECTED: u64 = MESSAGES * (MESSAGES - 1) / 2;

/// How many times threads gave up their CPU: `slept`, because they blocked (on a lock, a
/// condition variable, a channel), and `switched_out`, while they could still run (preempted by
/// the scheduler, or yielding). Linux counts both for every thread: its voluntary and
/// involuntary context switches.
#[derive(Clone, Copy, Default)]
struct Switches {
    slept: u64,
    switched_out: u64,
}

impl Switches {
    /// This thread's counts so far.
    fn now() -> Switches {
        let status = fs::read_to_string("/proc/thread-self/status").expect("Linux only");
        let field = |name: &str| -> u64 {
            status
                .lines()
                .find_map(|line| line.strip_prefix(name)?.strip_prefix(':'))
                .and_then(|n| n.trim().parse().ok())
                .unwrap_or_else(|| panic!("no {name} in /proc/thread-self/status"))
        };
        Switches {
            slept: field("voluntary_ctxt_switches"),
            switched_out: field("nonvoluntary_ctxt_switches"),
        }
    }
}

impl Add for Switches {
    type Output = Switches;
    fn add(self, other: Switches) -> Switches {
        Switches {
            slept: self.slept + other.slept,
            switched_out: self.switched_out + other.switched_out,
        }
    }
}

impl Sub for Switches {
    type Output = Switches;
    fn sub(self, other: Switches) -> Switches {
        Switches {
            slept: self.slept - other.slept,
            switched_out: self.switched_out - other.switched_out,
        }
    }
}

/// One run: each producer sends its share of `0..MESSAGES` through its end of the queue, each
/// consumer receives until the queue is closed and returns the sum of what it got. The threads
/// are started first and wait at a barrier; the clock starts when they are all released and
/// stops when every consumer has finished, so that starting threads is not part of the time.
///
/// With `count`, every thread also counts its context switches meanwhile, and the run returns
/// their total; timed runs leave that out.
fn timed<P: Send, C: Send>(
    count: bool,
    producers: Vec<P>,
    consumers: Vec<C>,
    produce: impl Fn(&mut P, u64) + Sync,
    consume: impl Fn(&mut C) -> u64 + Sync,
    done_producing: impl FnOnce(),
) -> (Duration, Switches) {
    let per_producer = MESSAGES / producers.len() as u64;
    let start = Barrier::new(producers.len() + consumers.len() + 1);
    let (start, produce, consume) = (&start, &produce, &consume);
    let since = move |before: Option<Switches>| {
        before.map_or_else(Switches::default, |b| Switches::now() - b)
    };
    thread::scope(|s| {
        let consumers: Vec<_> = consumers
            .into_iter()
            .map(|mut consumer| {
                s.spawn(move || {
                    start.wait();
                    let before = count.then(Switches::now);
                    let sum = consume(&mut consumer);
                    (sum, since(before))
                })
            })
            .collect();
        let producers: Vec<_> = (0..)
            .zip(producers)
            .map(|(p, mut producer)| {
                s.spawn(move || {
                    start.wait();
                    let before = count.then(Switches::now);
                    for n in p * per_producer..(p + 1) * per_producer {
                        produce(&mut producer, n);
                    }
                    let switches = since(before);
                    drop(producer); // for a channel: one `Sender` fewer
                    switches
                })
            })
            .collect();
        start.wait();
        let clock = Instant::now();
        let mut switches = Switches::default();
        for producer in producers {
            switches = switches + producer.join().unwrap();
        }
        done_producing();
        let mut sum = 0;
        for consumer in consumers {
            let (received, consumer_switches) = consumer.join().unwrap();
            sum += received;
            switches = switches + consumer_switches;
        }
        let elapsed = clock.elapsed();
        assert_eq!(sum, EXPECTED, "a message went missing");
        (elapsed, switches)
    })
}

/// Listing 17-8's queue: a `Mutex<VecDeque>` and two `Condvar`s, shared by reference; `close`,
/// once every producer has finished, ends the consumers.
fn safe_queue(count: bool, pairs: u64) -> (Duration, Switches) {
    let queue = SafeQueue::new(CAPACITY);
    let ends = || (0..pairs).map(|_| &queue).collect::<Vec<_>>();
    timed(
        count,
        ends(),
        ends(),
        |queue, n| queue.put(n),
        |queue| {
            let mut sum = 0;
            while let Some(n) = queue.get() {
                sum += n;
            }
            sum
        },
        || queue.close(),
    )
}

/// The standard library's bounded channel: a `SyncSender` per producer. Its `Receiver` cannot be
/// cloned or shared, so several consumers take turns at it behind a `Mutex`, as Chapter 18
/// describes; a single consumer owns it. The last `SyncSender` dropped ends the consumers.
fn sync_channel(count: bool, pairs: u64) -> (Duration, Switches) {
    let (sender, receiver) = mpsc::sync_channel(CAPACITY);
    let senders = (0..pairs).map(|_| sender.clone()).collect();
    drop(sender);
    let send = |sender: &mut mpsc::SyncSender<u64>, n| sender.send(n).unwrap();
    if pairs == 1 {
        let receive = |receiver: &mut mpsc::Receiver<u64>| receiver.iter().sum();
        timed(count, senders, vec![receiver], send, receive, || {})
    } else {
        let shared = Mutex::new(receiver);
        let receive = |receiver: &mut &Mutex<mpsc::Receiver<u64>>| {
            let mut sum = 0;
            loop {
                // The guard lives to the end of this statement: the lock is held while waiting.
                let message = receiver.lock().unwrap().recv();
                match message {
                    Ok(n) => sum += n,
                    Err(_) => return sum,
                }
            }
        };
        let receivers = (0..pairs).map(|_| &shared).collect();
        timed(count, senders, receivers, send, receive, || {})
    }
}

/// crossbeam's bounded channel: both ends can be cloned, one of each per thread. The last
/// `Sender` dropped ends the consumers.
fn crossbeam(count: bool, pairs: u64) -> (Duration, Switches) {
    let (sender, receiver) = crossbeam_channel::bounded(CAPACITY);
    let senders = (0..pairs).map(|_| sender.clone()).collect();
    let receivers = (0..pairs).map(|_| receiver.clone()).collect();
    drop((sender, receiver));
    timed(
        count,
        senders,
        receivers,
        |sender: &mut crossbeam_channel::Sender<u64>, n| sender.send(n).unwrap(),
        |receiver: &mut crossbeam_channel::Receiver<u64>| receiver.iter().sum(),
        || {},
    )
}

type Case = (&'static str, fn(bool, u64) -> (Duration, Switches));

const CASES: [Case; 3] = [
    ("safe-queue", safe_queue),
    ("sync-channel", sync_channel),
    ("crossbeam", crossbeam),
];
const PAIRS: [u64; 3] = [1, 2, 4];

fn timings(c: &mut Criterion) {
    let mut group = c.benchmark_group("queues");
    group.throughput(Throughput::Elements(MESSAGES));
    // One run can take several times as long as the next, depending on where the scheduler puts
    // the threads: thirty samples of one or more long runs each (flat sampling).
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(30);
    for pairs in PAIRS {
        for (name, run) in CASES {
            group.bench_with_input(BenchmarkId::new(name, pairs), &pairs, |b, &pairs| {
                b.iter_custom(|iterations| (0..iterations).map(|_| run(false, pairs).0).sum())
            });
        }
    }
    group.finish();
}

/// Why the times differ: the context switches of every run, saved as `queues/switches.json`.
fn switches() {
    let Some(runs) = support::extra_runs("queues/switches", 9) else {
        return;
    };
    let mut results = Vec::new();
    for pairs in PAIRS {
        for (name, run) in CASES {
            let counted: Vec<Switches> = (0..runs.count).map(|_| run(true, pairs).1).collect();
            let slept: Vec<u64> = counted.iter().map(|s| s.slept).collect();
            let switched_out: Vec<u64> = counted.iter().map(|s| s.switched_out).collect();
            println!(
                "queues/switches/{name}/{pairs}: {MESSAGES} messages, slept {slept:?}, \
                 switched out {switched_out:?}"
            );
            results.push(serde_json::json!({
                "id": format!("queues/{name}/{pairs}"),
                "messages": MESSAGES,
                "slept": slept,
                "switched_out": switched_out,
            }));
        }
    }
    support::save(
        &runs,
        "queues/switches.json",
        serde_json::Value::Array(results),
    );
}

fn main() {
    let mut criterion = Criterion::default().configure_from_args();
    timings(&mut criterion);
    criterion.final_summary();
    switches();
}
