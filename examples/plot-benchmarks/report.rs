//! Appendix C's tables and plots, made from the saved benchmark results
//! (`benches/results/estimates.json`). Shared by the `plot-benchmarks` example, which writes
//! them into the pages and `src/images/`, and by `tests/benchmarks.rs`, which checks that the
//! pages and images are exactly what these results give.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{Value, json};

/// Where the saved results live, relative to the repository's root.
pub const SAVED: &str = "benches/results/estimates.json";
/// The appendix's page in each language, relative to the repository's root.
pub const PAGES: [(Lang, &str); 2] = [
    (Lang::Zh, "src/zh/appendix-benchmarks.md"),
    (Lang::En, "src/en/appendix-benchmarks.md"),
];

/// Chapter pages that show one of the appendix's tables as well, by its marker name: Chapter 20
/// quotes the process-pool comparison, which its own listing no longer times.
pub const CHAPTER_TABLES: [(Lang, &str, &str); 2] = [
    (Lang::Zh, "src/zh/ch20-process-pools.md", "process-pool"),
    (Lang::En, "src/en/ch20-process-pools.md", "process-pool"),
];

/// The fragments for `page` in `lang`: all of them for the appendix, the one it quotes for a
/// chapter of [`CHAPTER_TABLES`].
pub fn page_fragments(results: &Results, lang: Lang, page: &str) -> Vec<(&'static str, String)> {
    let quoted = CHAPTER_TABLES.iter().find(|(_, p, _)| *p == page);
    fragments(results, lang)
        .into_iter()
        .filter(|(name, _)| quoted.is_none_or(|(_, _, only)| name == only))
        .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    fn pick(self, zh: &str, en: &str) -> String {
        match self {
            Lang::Zh => zh.to_owned(),
            Lang::En => en.to_owned(),
        }
    }
}

/// One benchmark's result: criterion's median time per iteration and its 95% confidence
/// interval, in nanoseconds, how many elements (tasks, messages) one iteration handles, and how
/// much the median changed since the `cargo bench` before (0.05 for 5% slower), when there was
/// one.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    pub median: f64,
    pub low: f64,
    pub high: f64,
    pub elements: u64,
    pub change: Option<f64>,
}

/// One memory measurement (medians of several runs), in KiB.
#[derive(Clone, Debug, PartialEq)]
pub struct Memory {
    pub what: String,
    pub count: u64,
    pub runs: u64,
    pub before: u64,
    pub peak: u64,
    pub address_space: u64,
    pub kernel_stacks: u64,
}

/// The context switches of all the threads of one queue run, for each of several runs: how many
/// times they went to sleep (voluntary switches), and how many times they were switched out while
/// they could still run (involuntary: preempted, or yielding).
#[derive(Clone, Debug, PartialEq)]
pub struct Switches {
    pub messages: u64,
    pub slept: Vec<u64>,
    pub switched_out: Vec<u64>,
}

/// The machine the results were measured on, and when.
#[derive(Clone, Debug, PartialEq)]
pub struct Machine {
    pub cpu: String,
    pub cpus: u64,
    pub virtual_machine: bool,
    pub memory_gib: u64,
    pub kernel: String,
    pub rustc: String,
    pub date: String,
}

/// Everything the appendix shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    pub machine: Machine,
    /// By criterion's id: `queues/crossbeam/2`.
    pub estimates: BTreeMap<String, Estimate>,
    pub memory: Vec<Memory>,
    /// By the queue benchmark's id: `queues/crossbeam/2`.
    pub switches: BTreeMap<String, Switches>,
}

/// The benchmarks with fixed ids, each with its name in the tables and plots (zh, en).
pub const THREAD_PER_TASK: [(&str, &str, &str); 5] = [
    (
        "thread-per-task/on-this-thread",
        "在当前线程上直接调用",
        "called on this thread",
    ),
    (
        "thread-per-task/thread-per-task",
        "每个任务一个新线程",
        "a new thread per task",
    ),
    (
        "thread-per-task/thread-pool",
        "我们的 ThreadPool",
        "our ThreadPool",
    ),
    (
        "thread-per-task/rayon-spawn",
        "rayon::scope，每个任务一次 spawn",
        "rayon::scope, a spawn per task",
    ),
    (
        "thread-per-task/rayon-par-iter",
        "rayon 的 into_par_iter",
        "rayon's into_par_iter",
    ),
];

pub const QUEUES: [(&str, &str); 3] = [
    ("safe-queue", "SafeQueue"),
    ("sync-channel", "sync_channel"),
    ("crossbeam", "crossbeam_channel::bounded"),
];
pub const QUEUE_PAIRS: [u64; 3] = [1, 2, 4];
/// The queues' names in the tables' headers, short so that the tables fit the page.
const QUEUE_HEADERS: [&str; 3] = ["SafeQueue", "sync_channel", "crossbeam"];

pub const TASKS_VS_THREADS: [(&str, &str, &str); 3] = [
    ("tasks-vs-threads/threads", "线程", "threads"),
    (
        "tasks-vs-threads/tokio-tasks",
        "tokio 任务（多线程运行时）",
        "tokio tasks (multi-thread runtime)",
    ),
    (
        "tasks-vs-threads/tokio-tasks-current-thread",
        "tokio 任务（单线程运行时）",
        "tokio tasks (current-thread runtime)",
    ),
];

/// Every benchmark id the appendix needs, for `cpus` CPUs.
pub fn expected_ids(cpus: u64) -> Vec<String> {
    let mut ids: Vec<String> = THREAD_PER_TASK
        .iter()
        .map(|(id, ..)| id.to_string())
        .collect();
    ids.extend(queue_ids());
    ids.extend(TASKS_VS_THREADS.iter().map(|(id, ..)| id.to_string()));
    for kind in ["processes", "threads"] {
        for size in pool_sizes(cpus) {
            ids.push(format!("process-pool/{kind}/{size}"));
        }
    }
    ids
}

/// The queue benchmarks' ids: `queues/safe-queue/1`, ….
pub fn queue_ids() -> Vec<String> {
    QUEUE_PAIRS
        .iter()
        .flat_map(|pairs| {
            QUEUES
                .iter()
                .map(move |(name, _)| format!("queues/{name}/{pairs}"))
        })
        .collect()
}

/// A JSON list of whole numbers.
pub fn u64s(value: &Value) -> Option<Vec<u64>> {
    value.as_array()?.iter().map(Value::as_u64).collect()
}

fn pool_sizes(cpus: u64) -> Vec<u64> {
    if cpus > 1 { vec![1, cpus] } else { vec![1] }
}

// ---------------------------------------------------------------------------------------------
// Saving and loading

impl Results {
    pub fn to_json(&self) -> Value {
        let m = &self.machine;
        let estimates: serde_json::Map<String, Value> = self
            .estimates
            .iter()
            .map(|(id, e)| {
                let value = json!({
                    "median_ns": e.median,
                    "low_ns": e.low,
                    "high_ns": e.high,
                    "elements": e.elements,
                    "change_since_previous_run": e.change,
                });
                (id.clone(), value)
            })
            .collect();
        let memory: Vec<Value> = self
            .memory
            .iter()
            .map(|m| {
                json!({
                    "what": m.what,
                    "count": m.count,
                    "runs": m.runs,
                    "before_kib": m.before,
                    "peak_kib": m.peak,
                    "address_space_kib": m.address_space,
                    "kernel_stacks_kib": m.kernel_stacks,
                })
            })
            .collect();
        let switches: serde_json::Map<String, Value> = self
            .switches
            .iter()
            .map(|(id, s)| {
                let value = json!({
                    "messages": s.messages,
                    "slept": s.slept,
                    "switched_out": s.switched_out,
                });
                (id.clone(), value)
            })
            .collect();
        json!({
            "about": "criterion's medians (ns per iteration) and 95% intervals from `cargo bench`, \
                      the peak-memory medians (KiB) and the queues' context switches; written by \
                      `cargo run --example plot-benchmarks`",
            "machine": {
                "cpu": m.cpu,
                "cpus": m.cpus,
                "virtual_machine": m.virtual_machine,
                "memory_gib": m.memory_gib,
                "kernel": m.kernel,
                "rustc": m.rustc,
                "date": m.date,
            },
            "estimates": estimates,
            "peak_memory": memory,
            "queue_switches": switches,
        })
    }

    pub fn from_json(value: &Value) -> Result<Results, String> {
        let str_at = |v: &Value, key: &str| -> Result<String, String> {
            v[key]
                .as_str()
                .map(str::to_owned)
                .ok_or_else(|| format!("`{key}` is missing or not a string"))
        };
        let u64_at = |v: &Value, key: &str| -> Result<u64, String> {
            v[key]
                .as_u64()
                .ok_or_else(|| format!("`{key}` is missing or not a whole number"))
        };
        let f64_at = |v: &Value, key: &str| -> Result<f64, String> {
            v[key]
                .as_f64()
                .ok_or_else(|| format!("`{key}` is missing or not a number"))
        };
        let m = &value["machine"];
        let machine = Machine {
            cpu: str_at(m, "cpu")?,
            cpus: u64_at(m, "cpus")?,
            virtual_machine: m["virtual_machine"]
                .as_bool()
                .ok_or("`virtual_machine` is missing")?,
            memory_gib: u64_at(m, "memory_gib")?,
            kernel: str_at(m, "kernel")?,
            rustc: str_at(m, "rustc")?,
            date: str_at(m, "date")?,
        };
        let mut estimates = BTreeMap::new();
        for (id, e) in value["estimates"]
            .as_object()
            .ok_or("`estimates` is missing")?
        {
            let estimate = Estimate {
                median: f64_at(e, "median_ns")?,
                low: f64_at(e, "low_ns")?,
                high: f64_at(e, "high_ns")?,
                elements: u64_at(e, "elements")?,
                change: e["change_since_previous_run"].as_f64(),
            };
            estimates.insert(id.clone(), estimate);
        }
        let memory = value["peak_memory"]
            .as_array()
            .ok_or("`peak_memory` is missing")?
            .iter()
            .map(|m| {
                Ok(Memory {
                    what: str_at(m, "what")?,
                    count: u64_at(m, "count")?,
                    runs: u64_at(m, "runs")?,
                    before: u64_at(m, "before_kib")?,
                    peak: u64_at(m, "peak_kib")?,
                    address_space: u64_at(m, "address_space_kib")?,
                    kernel_stacks: u64_at(m, "kernel_stacks_kib")?,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        let mut switches = BTreeMap::new();
        for (id, s) in value["queue_switches"]
            .as_object()
            .ok_or("`queue_switches` is missing")?
        {
            let counted = Switches {
                messages: u64_at(s, "messages")?,
                slept: u64s(&s["slept"]).ok_or("`slept` is not a list of counts")?,
                switched_out: u64s(&s["switched_out"])
                    .ok_or("`switched_out` is not a list of counts")?,
            };
            switches.insert(id.clone(), counted);
        }
        let results = Results {
            machine,
            estimates,
            memory,
            switches,
        };
        results.check()?;
        Ok(results)
    }

    /// Every benchmark and memory measurement the appendix needs is there.
    pub fn check(&self) -> Result<(), String> {
        for id in expected_ids(self.machine.cpus) {
            if !self.estimates.contains_key(&id) {
                return Err(format!("no result for `{id}`"));
            }
        }
        for what in ["threads", "tasks"] {
            if !self.memory.iter().any(|m| m.what == what) {
                return Err(format!("no peak-memory result for `{what}`"));
            }
        }
        for id in queue_ids() {
            match self.switches.get(&id) {
                Some(s) if !s.slept.is_empty() && s.slept.len() == s.switched_out.len() => {}
                _ => return Err(format!("no context switches for `{id}`")),
            }
        }
        Ok(())
    }

    fn get(&self, id: &str) -> &Estimate {
        &self.estimates[id]
    }

    fn memory(&self, what: &str) -> &Memory {
        self.memory.iter().find(|m| m.what == what).unwrap()
    }
}

// ---------------------------------------------------------------------------------------------
// Numbers as the pages show them

/// Three significant digits, and at least three decimals below 1: 1084, 54.2, 5.35, 0.271,
/// 0.000473.
pub fn num(x: f64) -> String {
    let decimals = if x >= 100.0 {
        0
    } else if x >= 10.0 {
        1
    } else if x >= 1.0 {
        2
    } else if x > 0.0 {
        (2 - x.log10().floor() as i32).max(3) as usize
    } else {
        0
    };
    format!("{x:.decimals$}")
}

/// A count per thousand, two significant digits: "148", "51", "8.5", "0.26", "0.02", "0".
fn count_num(x: f64) -> String {
    if x >= 10.0 {
        format!("{x:.0}")
    } else if x >= 1.0 {
        format!("{x:.1}")
    } else if x > 0.0 {
        let decimals = (1 - x.log10().floor() as i32) as usize;
        let text = format!("{x:.decimals$}");
        text.trim_end_matches('0').to_owned()
    } else {
        "0".to_owned()
    }
}

/// A ratio: "1.0", "2.3", "18", "4100".
fn ratio(x: f64) -> String {
    if x >= 10.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}

/// A change since the run before: "+2.3%", "-13%"; "–" without a run before.
fn change(c: Option<f64>) -> String {
    match c {
        None => "–".to_owned(),
        Some(c) if (c * 100.0).abs() < 10.0 => format!("{:+.1}%", c * 100.0),
        Some(c) => format!("{:+.0}%", c * 100.0),
    }
}

fn since_before(lang: Lang) -> String {
    lang.pick("与上一次运行相比", "since the run before")
}

/// 10000 → "10,000", 4000 → "4000", in both languages (CONTRIBUTING.md, "Typography").
fn count(n: u64, _lang: Lang) -> String {
    let digits = n.to_string();
    if digits.len() <= 4 {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn cpus_text(cpus: u64, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{cpus} 个 CPU"),
        Lang::En if cpus == 1 => "1 CPU".to_owned(),
        Lang::En => format!("{cpus} CPUs"),
    }
}

fn table(header: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(header.len()));
    for row in rows {
        let _ = writeln!(out, "| {} |", row.join(" | "));
    }
    out
}

fn per_element_us(e: &Estimate) -> f64 {
    e.median / e.elements as f64 / 1e3
}

fn ms(ns: f64) -> f64 {
    ns / 1e6
}

/// Millions of messages per second.
fn millions_per_second(e: &Estimate) -> f64 {
    e.elements as f64 / e.median * 1e3
}

fn process_pool_rows(results: &Results, lang: Lang) -> Vec<(String, &Estimate)> {
    let cpus = results.machine.cpus;
    let mut rows = Vec::new();
    for size in pool_sizes(cpus) {
        let id = format!("process-pool/threads/{size}");
        let label = match (lang, size) {
            (Lang::Zh, 1) => "一个线程，不用池".to_owned(),
            (Lang::En, 1) => "one thread, no pool".to_owned(),
            (Lang::Zh, n) => format!("{n} 个作用域线程"),
            (Lang::En, n) => format!("{n} scoped threads"),
        };
        rows.push((id, label));
        let id = format!("process-pool/processes/{size}");
        let label = match lang {
            Lang::Zh => format!("进程池，{size} 个工作进程"),
            Lang::En if size == 1 => "process pool, 1 worker".to_owned(),
            Lang::En => format!("process pool, {size} workers"),
        };
        rows.push((id, label));
    }
    // One thread first, then the pools, then the threads: the order of Listing 20-3's table.
    let (first, rest) = rows.split_at(1);
    let (threads, processes): (Vec<_>, Vec<_>) = rest
        .iter()
        .cloned()
        .partition(|(id, _)| id.contains("/threads/"));
    first
        .iter()
        .cloned()
        .chain(processes)
        .chain(threads)
        .map(|(id, label)| (label, results.get(&id)))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The tables, one Markdown fragment per marker

/// The generated fragments of a page: (marker, Markdown).
pub fn fragments(results: &Results, lang: Lang) -> Vec<(&'static str, String)> {
    let l = |zh: &str, en: &str| lang.pick(zh, en);
    let mut out = Vec::new();

    // The machine and the date.
    let m = &results.machine;
    let machine = match lang {
        Lang::Zh => format!(
            "测量于 {}，机器是一台 {} 核的 {}{}，{} GiB 内存，Linux {}，{}。",
            m.date,
            m.cpus,
            m.cpu,
            if m.virtual_machine {
                "（虚拟机）"
            } else {
                ""
            },
            m.memory_gib,
            m.kernel,
            m.rustc
        ),
        Lang::En => format!(
            "Measured on {} on a {}-core {}{}, {} GiB of memory, Linux {}, {}.",
            m.date,
            m.cpus,
            m.cpu,
            if m.virtual_machine {
                " (a virtual machine)"
            } else {
                ""
            },
            m.memory_gib,
            m.kernel,
            m.rustc
        ),
    };
    out.push(("machine", machine + "\n"));

    // A thread per task, a pool, or rayon.
    let tasks = results.get(THREAD_PER_TASK[0].0).elements;
    let spawn = per_element_us(results.get("thread-per-task/thread-per-task"));
    let rows: Vec<Vec<String>> = THREAD_PER_TASK
        .iter()
        .map(|(id, zh, en)| {
            let e = results.get(id);
            let per = per_element_us(e);
            vec![
                l(zh, en).to_string(),
                num(per),
                format!(
                    "{} – {}",
                    num(e.low / e.elements as f64 / 1e3),
                    num(e.high / e.elements as f64 / 1e3)
                ),
                ratio(spawn / per),
                change(e.change),
            ]
        })
        .collect();
    let header = [
        l(
            &format!("方式（每轮 {} 个任务）", count(tasks, lang)),
            &format!("how ({} tasks a round)", count(tasks, lang)),
        ),
        l("每个任务（µs）", "per task (µs)"),
        l("95% 置信区间（µs）", "95% interval (µs)"),
        l(
            "比每任务一线程快（倍）",
            "times faster than a thread per task",
        ),
        since_before(lang),
    ];
    out.push(("thread-per-task", table(&header, &rows)));

    // Three bounded queues.
    let messages = results.get("queues/crossbeam/1").elements;
    let rows: Vec<Vec<String>> = QUEUE_PAIRS
        .iter()
        .map(|pairs| {
            let rate =
                |name: &str| millions_per_second(results.get(&format!("queues/{name}/{pairs}")));
            let mut row = vec![format!("{pairs} + {pairs}")];
            row.extend(QUEUES.iter().map(|(name, _)| {
                // A time 25% longer is a rate 20% lower.
                let e = results.get(&format!("queues/{name}/{pairs}"));
                let rate_change = e.change.map(|c| 1.0 / (1.0 + c) - 1.0);
                format!("{} ({})", num(rate(name)), change(rate_change))
            }));
            row.push(ratio(rate("crossbeam") / rate("safe-queue")));
            row
        })
        .collect();
    let mut header = vec![l("生产者 + 消费者", "producers + consumers")];
    header.extend(QUEUE_HEADERS.iter().map(|shown| format!("`{shown}`")));
    header.push(l("crossbeam ÷ SafeQueue", "crossbeam ÷ SafeQueue"));
    out.push((
        "queues",
        format!(
            "{}\n{}",
            l(
                &format!(
                    "每秒百万条消息（每轮 {} 条，容量 64），中位数；括号里是与上一次运行相比的变化：",
                    count(messages, lang)
                ),
                &format!(
                    "Millions of messages per second ({} a round, capacity 64), medians; in \
                     brackets, the change since the run before:",
                    count(messages, lang)
                ),
            ),
            table(&header, &rows)
        ),
    ));

    // Why: how often the threads gave up their CPU, per 1000 messages, in several runs.
    let switch_table = |counts: fn(&Switches) -> &Vec<u64>| {
        let rows: Vec<Vec<String>> = QUEUE_PAIRS
            .iter()
            .map(|pairs| {
                let mut row = vec![format!("{pairs} + {pairs}")];
                row.extend(QUEUES.iter().map(|(name, _)| {
                    let s = &results.switches[&format!("queues/{name}/{pairs}")];
                    let per_thousand = |n: u64| count_num(n as f64 * 1000.0 / s.messages as f64);
                    let mut sorted = counts(s).clone();
                    sorted.sort_unstable();
                    let (low, high) = (sorted[0], sorted[sorted.len() - 1]);
                    let median = per_thousand(sorted[sorted.len() / 2]);
                    if per_thousand(low) == per_thousand(high) {
                        median
                    } else {
                        format!("{median} ({} – {})", per_thousand(low), per_thousand(high))
                    }
                }));
                row
            })
            .collect();
        let mut header = vec![l("生产者 + 消费者", "producers + consumers")];
        header.extend(QUEUE_HEADERS.iter().map(|shown| format!("`{shown}`")));
        table(&header, &rows)
    };
    let runs = results.switches["queues/crossbeam/1"].slept.len();
    out.push((
        "queue-sleeps",
        format!(
            "{}\n{}\n{}\n{}",
            l(
                &format!(
                    "每 1000 条消息里，线程因为阻塞而**睡眠**的次数（所有生产者和消费者的主动上下文切换之和）；\
                     {runs} 次运行的中位数，括号里是最少和最多："
                ),
                &format!(
                    "Times per 1000 messages that a thread **went to sleep** because it blocked (the \
                     voluntary context switches of all producers and consumers together); the median \
                     of {runs} runs, in brackets the fewest and the most:"
                ),
            ),
            switch_table(|s| &s.slept),
            l(
                "每 1000 条消息里，线程在还能运行时被**换下**核心的次数（被抢占，或者主动让出；被动上下文切换），统计方式同上：",
                "Times per 1000 messages that a thread **was switched out** while it could still \
                 run (preempted, or yielding: the involuntary context switches), likewise:",
            ),
            switch_table(|s| &s.switched_out),
        ),
    ));

    // 10,000 tasks or 10,000 threads: time.
    let n = results.get("tasks-vs-threads/threads").elements;
    let threads = results.get("tasks-vs-threads/threads").median;
    let rows: Vec<Vec<String>> = TASKS_VS_THREADS
        .iter()
        .map(|(id, zh, en)| {
            let e = results.get(id);
            vec![
                l(zh, en),
                num(ms(e.median)),
                num(per_element_us(e)),
                ratio(threads / e.median),
                change(e.change),
            ]
        })
        .collect();
    let header = [
        l(
            &format!("启动 {} 个并等它们全部结束", count(n, lang)),
            &format!("start {} and wait for them all", count(n, lang)),
        ),
        l("总计（ms）", "total (ms)"),
        l("每个（µs）", "each (µs)"),
        l("比线程快（倍）", "times faster than threads"),
        since_before(lang),
    ];
    out.push(("tasks-vs-threads", table(&header, &rows)));

    // 10,000 tasks or 10,000 threads: memory.
    let mib = |kib: u64| num(kib as f64 / 1024.0);
    let rows: Vec<Vec<String>> = [
        ("threads", "线程", "threads"),
        ("tasks", "tokio 任务", "tokio tasks"),
    ]
    .iter()
    .map(|(what, zh, en)| {
        let m = results.memory(what);
        vec![
            format!("{} {}", count(m.count, lang), l(zh, en)),
            mib(m.before),
            mib(m.peak),
            num((m.peak - m.before) as f64 / m.count as f64),
            mib(m.kernel_stacks),
            num(m.address_space as f64 / 1024.0 / 1024.0),
        ]
    })
    .collect();
    let header = [
        l("同时存在", "alive at once"),
        l("启动前常驻（MiB）", "resident before (MiB)"),
        l("峰值常驻（MiB）", "peak resident (MiB)"),
        l("每个增加（KiB）", "added per one (KiB)"),
        l("内核栈增加（MiB）", "kernel stacks added (MiB)"),
        l("峰值地址空间（GiB）", "peak address space (GiB)"),
    ];
    out.push(("peak-memory", table(&header, &rows)));

    // A process pool or threads.
    let rows_of = process_pool_rows(results, lang);
    let one = rows_of[0].1.median;
    let rows: Vec<Vec<String>> = rows_of
        .iter()
        .map(|(label, e)| {
            vec![
                label.to_string(),
                num(ms(e.median)),
                format!("{} – {}", num(ms(e.low)), num(ms(e.high))),
                format!("{:.2}", one / e.median),
                change(e.change),
            ]
        })
        .collect();
    let header = [
        l(
            &format!(
                "方式（5,000,000 以下的 348,513 个素数，{}）",
                cpus_text(m.cpus, lang)
            ),
            &format!(
                "how (348,513 primes below 5,000,000, {})",
                cpus_text(m.cpus, lang)
            ),
        ),
        l("时间（ms）", "time (ms)"),
        l("95% 置信区间（ms）", "95% interval (ms)"),
        l("加速比", "speed-up"),
        since_before(lang),
    ];
    out.push(("process-pool", table(&header, &rows)));
    out
}

/// The page with every `<!-- BENCH:name -->` … `<!-- END BENCH -->` block holding `fragments`.
pub fn fill_page(page: &str, fragments: &[(&str, String)]) -> Result<String, String> {
    let mut out = page.to_owned();
    for (name, body) in fragments {
        let open = format!("<!-- BENCH:{name} -->\n");
        let close = "<!-- END BENCH -->";
        let start = out
            .find(&open)
            .ok_or_else(|| format!("no `<!-- BENCH:{name} -->` marker"))?
            + open.len();
        let end = start
            + out[start..]
                .find(close)
                .ok_or_else(|| format!("`<!-- BENCH:{name} -->` is not closed"))?;
        out.replace_range(start..end, body);
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// The plots: horizontal bar charts, one SVG per language

struct Bar {
    label: String,
    value: f64,
    text: String,
    color: &'static str,
}

struct Section {
    heading: Option<String>,
    bars: Vec<Bar>,
}

const WIDTH: f64 = 680.0;
const BLUE: &str = "#2563eb";
const GREEN: &str = "#16a34a";
const AMBER: &str = "#d97706";
const GREY: &str = "#6b7280";
const PURPLE: &str = "#7c3aed";

/// Roughly how wide `text` is at `size` px: CJK characters are square, the rest about half.
fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| {
            if c as u32 >= 0x2e80 {
                size
            } else {
                size * 0.56
            }
        })
        .sum()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A step of 1, 2 or 5 × 10ⁿ that puts four to eight ticks on `0..max`.
fn tick_step(max: f64) -> f64 {
    let rough = max / 5.0;
    let magnitude = 10f64.powf(rough.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|step| max / step <= 8.0)
        .unwrap()
}

fn tick_text(x: f64) -> String {
    let text = format!("{x:.3}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn bar_chart(lang: Lang, title: &str, axis: &str, sections: &[Section]) -> String {
    let font = match lang {
        Lang::Zh => {
            "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif"
        }
        Lang::En => "'Open Sans',sans-serif",
    };
    let label_width = sections
        .iter()
        .flat_map(|s| &s.bars)
        .map(|b| text_width(&b.label, 13.0))
        .fold(0.0, f64::max);
    let left = (label_width + 24.0).ceil();
    let value_room = sections
        .iter()
        .flat_map(|s| &s.bars)
        .map(|b| text_width(&b.text, 13.0))
        .fold(0.0, f64::max)
        + 16.0;
    let right = WIDTH - value_room.ceil();
    let max = sections
        .iter()
        .flat_map(|s| &s.bars)
        .map(|b| b.value)
        .fold(0.0, f64::max);
    let step = tick_step(max);
    let top_tick = (max / step).ceil() * step;
    let x_of = |v: f64| left + (right - left) * v / top_tick;

    let (bar_height, gap, heading_height) = (20.0, 8.0, 26.0);
    let mut body = String::new();
    let mut y = 52.0;
    for section in sections {
        if let Some(heading) = &section.heading {
            let _ = writeln!(
                body,
                r#"<text x="12" y="{:.1}" font-weight="bold" font-size="13">{}</text>"#,
                y + 16.0,
                escape(heading)
            );
            y += heading_height;
        }
        for bar in &section.bars {
            let width = (x_of(bar.value) - left).max(1.0);
            let _ = writeln!(
                body,
                r#"<text x="{:.1}" y="{:.1}" text-anchor="end" font-size="13">{}</text>"#,
                left - 10.0,
                y + 14.5,
                escape(&bar.label)
            );
            let _ = writeln!(
                body,
                r#"<rect x="{left:.1}" y="{y:.1}" width="{width:.1}" height="{bar_height:.1}" fill="{}"/>"#,
                bar.color
            );
            let _ = writeln!(
                body,
                r#"<text x="{:.1}" y="{:.1}" font-size="13">{}</text>"#,
                left + width + 6.0,
                y + 14.5,
                escape(&bar.text)
            );
            y += bar_height + gap;
        }
    }
    let plot_bottom = y + 2.0;

    // The axis: grid lines and tick labels under the bars, then the axis's name.
    let mut grid = String::new();
    let ticks = (top_tick / step).round() as usize;
    for i in 0..=ticks {
        let value = step * i as f64;
        let x = x_of(value);
        let _ = writeln!(
            grid,
            r##"<line x1="{x:.1}" y1="46" x2="{x:.1}" y2="{plot_bottom:.1}" stroke="#e5e7eb" stroke-width="1"/>"##
        );
        let _ = writeln!(
            grid,
            r##"<text x="{x:.1}" y="{:.1}" text-anchor="middle" font-size="12" fill="#4b5563">{}</text>"##,
            plot_bottom + 16.0,
            tick_text(value)
        );
    }
    let _ = writeln!(
        grid,
        r##"<line x1="{left:.1}" y1="46" x2="{left:.1}" y2="{plot_bottom:.1}" stroke="#374151" stroke-width="1.2"/>"##
    );
    let height = plot_bottom + 48.0;
    let mut svg = String::new();
    let _ = writeln!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH:.0}" height="{height:.0}" viewBox="0 0 {WIDTH:.0} {height:.0}" font-family="{font}" font-size="14" fill="#1f2937">"##
    );
    let _ = writeln!(svg, "<title>{}</title>", escape(title));
    let _ = writeln!(
        svg,
        r##"<rect width="{WIDTH:.0}" height="{height:.0}" fill="#ffffff"/>"##
    );
    let _ = writeln!(
        svg,
        r#"<text x="12" y="26" font-weight="bold" font-size="15">{}</text>"#,
        escape(title)
    );
    svg.push_str(&grid);
    svg.push_str(&body);
    let _ = writeln!(
        svg,
        r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="12" fill="#4b5563">{}</text>"##,
        (left + right) / 2.0,
        plot_bottom + 36.0,
        escape(axis)
    );
    svg.push_str("</svg>\n");
    svg
}

/// The appendix's plots: (file name in `src/images/`, SVG).
pub fn figures(results: &Results, lang: Lang) -> Vec<(String, String)> {
    let l = |zh: &str, en: &str| lang.pick(zh, en);
    let file = |name: &str| format!("appendix-benchmarks-{name}.{}.svg", lang.code());
    let mut out = Vec::new();

    // Figure C-1: a thread per task, a pool, or rayon.
    let colors = [GREY, AMBER, BLUE, PURPLE, GREEN];
    let bars = THREAD_PER_TASK
        .iter()
        .zip(colors)
        .map(|((id, zh, en), color)| {
            let per = per_element_us(results.get(id));
            Bar {
                label: l(zh, en),
                value: per,
                text: format!("{} µs", num(per)),
                color,
            }
        })
        .collect();
    out.push((
        file("thread-per-task"),
        bar_chart(
            lang,
            &l(
                "一个极小任务的开销：中位数，越短越好",
                "The cost of one tiny task: medians, shorter is better",
            ),
            &l("每个任务（µs）", "per task (µs)"),
            &[Section {
                heading: None,
                bars,
            }],
        ),
    ));

    // Figure C-2: three bounded queues.
    let colors = [AMBER, BLUE, GREEN];
    let sections: Vec<Section> = QUEUE_PAIRS
        .iter()
        .map(|pairs| Section {
            heading: Some(match (lang, pairs) {
                (Lang::Zh, n) => format!("{n} 个生产者 + {n} 个消费者"),
                (Lang::En, 1) => "1 producer + 1 consumer".to_owned(),
                (Lang::En, n) => format!("{n} producers + {n} consumers"),
            }),
            bars: QUEUES
                .iter()
                .zip(colors)
                .map(|((name, shown), color)| {
                    let rate = millions_per_second(results.get(&format!("queues/{name}/{pairs}")));
                    Bar {
                        label: shown.to_string(),
                        value: rate,
                        text: num(rate),
                        color,
                    }
                })
                .collect(),
        })
        .collect();
    out.push((
        file("queues"),
        bar_chart(
            lang,
            &l(
                "有界队列的吞吐量：中位数，越长越好",
                "Bounded-queue throughput: medians, longer is better",
            ),
            &l("每秒百万条消息", "millions of messages per second"),
            &sections,
        ),
    ));

    // Figure C-3: 10,000 tasks or threads, time.
    let n = results.get("tasks-vs-threads/threads").elements;
    let colors = [AMBER, BLUE, GREEN];
    let bars = TASKS_VS_THREADS
        .iter()
        .zip(colors)
        .map(|((id, zh, en), color)| {
            let total = ms(results.get(id).median);
            Bar {
                label: format!("{} {}", count(n, lang), l(zh, en)),
                value: total,
                text: format!("{} ms", num(total)),
                color,
            }
        })
        .collect();
    out.push((
        file("tasks-vs-threads"),
        bar_chart(
            lang,
            &l(
                &format!(
                    "启动 {} 个并等它们全部结束：中位数，越短越好",
                    count(n, lang)
                ),
                &format!(
                    "Start {} and wait for them all: medians, shorter is better",
                    count(n, lang)
                ),
            ),
            &l("总计（ms）", "total (ms)"),
            &[Section {
                heading: None,
                bars,
            }],
        ),
    ));

    // Figure C-4: 10,000 tasks or threads, memory.
    let (threads, tasks) = (results.memory("threads"), results.memory("tasks"));
    let mib = |kib: u64| kib as f64 / 1024.0;
    let pair = |label_zh: &str, label_en: &str, t: f64, k: f64| Section {
        heading: Some(l(label_zh, label_en)),
        bars: vec![
            Bar {
                label: format!("{} {}", count(threads.count, lang), l("线程", "threads")),
                value: t,
                text: format!("{} MiB", num(t)),
                color: AMBER,
            },
            Bar {
                label: format!(
                    "{} {}",
                    count(tasks.count, lang),
                    l("tokio 任务", "tokio tasks")
                ),
                value: k,
                text: format!("{} MiB", num(k)),
                color: BLUE,
            },
        ],
    };
    let sections = [
        pair(
            "进程的常驻内存增加（VmHWM 减去启动前的 VmRSS）",
            "The process's resident memory grows (VmHWM minus VmRSS before)",
            mib(threads.peak - threads.before),
            mib(tasks.peak - tasks.before),
        ),
        pair(
            "内核为线程保留的栈增加（/proc/meminfo 的 KernelStack）",
            "The kernel's stacks for threads grow (KernelStack in /proc/meminfo)",
            mib(threads.kernel_stacks),
            mib(tasks.kernel_stacks),
        ),
    ];
    out.push((
        file("peak-memory"),
        bar_chart(
            lang,
            &l(
                &format!(
                    "{} 个线程或任务同时存在时的内存：中位数，越短越好",
                    count(n, lang)
                ),
                &format!(
                    "Memory with {} threads or tasks alive at once: medians, shorter is better",
                    count(n, lang)
                ),
            ),
            &l("增加的内存（MiB）", "memory added (MiB)"),
            &sections,
        ),
    ));

    // Figure C-5: a process pool or threads.
    let bars = process_pool_rows(results, lang)
        .into_iter()
        .map(|(label, e)| {
            let color = if label.contains("进程池") || label.contains("process pool") {
                AMBER
            } else {
                BLUE
            };
            Bar {
                value: ms(e.median),
                text: format!("{} ms", num(ms(e.median))),
                label,
                color,
            }
        })
        .collect();
    out.push((
        file("process-pool"),
        bar_chart(
            lang,
            &l(
                "数 5,000,000 以下的素数：中位数，越短越好",
                "Counting the primes below 5,000,000: medians, shorter is better",
            ),
            &l("时间（ms）", "time (ms)"),
            &[Section {
                heading: None,
                bars,
            }],
        ),
    ));
    out
}
