//! Appendix C's tables and plots from the benchmarks' results.
//!
//! ```text
//! cargo bench                                          # measure: results in target/criterion/
//! cargo run --example plot-benchmarks                  # save them, then write tables and plots
//! cargo run --example plot-benchmarks -- --from-saved  # tables and plots from the saved results
//! ```
//!
//! The first form reads criterion's `new/estimates.json` of every benchmark the appendix shows
//! (and the peak-memory file that `benches/tasks_vs_threads.rs` writes), notes this machine and
//! the date of the measurements, and saves it all in `benches/results/estimates.json`. Both
//! forms then write the plots to `src/images/appendix-benchmarks-*.{zh,en}.svg` and the tables
//! between the `<!-- BENCH:… -->` markers of both appendix pages, and print the tables.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::Value;

mod report;
#[allow(dead_code)] // only `criterion_home` is used here
#[path = "../../benches/support.rs"]
mod support;

use report::{Estimate, Machine, Memory, Results, Switches};

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let results = match args.as_slice() {
        [] => from_criterion(root),
        [flag] if flag == "--from-saved" => read_saved(root),
        _ => Err("usage: plot-benchmarks [--from-saved]".to_owned()),
    };
    match results.and_then(|results| write_all(root, &results)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn read_saved(root: &Path) -> Result<Results, String> {
    let path = root.join(report::SAVED);
    Results::from_json(&read_json(&path)?).map_err(|e| format!("{}: {e}", path.display()))
}

/// Reads what the last `cargo bench` left in criterion's directory, and saves it.
fn from_criterion(root: &Path) -> Result<Results, String> {
    let home = support::criterion_home();
    let missing = |what: &str| {
        format!(
            "{what} is missing: run `cargo bench` first (criterion's results: {})",
            home.display()
        )
    };
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    let mut estimates = std::collections::BTreeMap::new();
    let mut newest = UNIX_EPOCH;
    for id in report::expected_ids(cpus) {
        let dir = home.join(&id).join("new");
        let path = dir.join("estimates.json");
        let value = read_json(&path).map_err(|_| missing(&path.display().to_string()))?;
        let benchmark = read_json(&dir.join("benchmark.json"))?;
        let elements = benchmark["throughput"]["Elements"].as_u64().unwrap_or(1);
        let median = &value["median"];
        let number = |v: &Value| {
            v.as_f64()
                .ok_or_else(|| format!("{}: not a number", path.display()))
        };
        let modified = fs::metadata(&path)
            .and_then(|m| m.modified())
            .unwrap_or(UNIX_EPOCH);
        newest = newest.max(modified);
        // criterion compares each run with the one before and writes the change next to it; a
        // `change/` written at another time than this run's results belongs to an earlier run.
        let change_path = home.join(&id).join("change/estimates.json");
        let change = fs::metadata(&change_path)
            .and_then(|m| m.modified())
            .ok()
            .filter(|changed| within_a_minute(*changed, modified))
            .and_then(|_| read_json(&change_path).ok())
            .and_then(|c| c["median"]["point_estimate"].as_f64());
        estimates.insert(
            id.clone(),
            Estimate {
                median: number(&median["point_estimate"])?,
                low: number(&median["confidence_interval"]["lower_bound"])?,
                high: number(&median["confidence_interval"]["upper_bound"])?,
                elements,
                change,
            },
        );
    }
    let memory_path = home.join("tasks-vs-threads/peak-memory.json");
    let memory =
        read_json(&memory_path).map_err(|_| missing(&memory_path.display().to_string()))?;
    let memory = memory
        .as_array()
        .ok_or("peak-memory.json: not a list")?
        .iter()
        .map(|m| {
            let n = |key: &str| {
                m[key]
                    .as_u64()
                    .ok_or(format!("peak-memory.json: no `{key}`"))
            };
            Ok(Memory {
                what: m["what"].as_str().unwrap_or("").to_owned(),
                count: n("count")?,
                runs: n("runs")?,
                before: n("before_kib")?,
                peak: n("peak_kib")?,
                address_space: n("address_space_kib")?,
                kernel_stacks: n("kernel_stacks_kib")?,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let switches_path = home.join("queues/switches.json");
    let switches =
        read_json(&switches_path).map_err(|_| missing(&switches_path.display().to_string()))?;
    let switches = switches
        .as_array()
        .ok_or("switches.json: not a list")?
        .iter()
        .map(|s| {
            let bad = |key: &str| format!("switches.json: no `{key}`");
            let id = s["id"].as_str().ok_or_else(|| bad("id"))?.to_owned();
            let counted = Switches {
                messages: s["messages"].as_u64().ok_or_else(|| bad("messages"))?,
                slept: report::u64s(&s["slept"]).ok_or_else(|| bad("slept"))?,
                switched_out: report::u64s(&s["switched_out"])
                    .ok_or_else(|| bad("switched_out"))?,
            };
            Ok((id, counted))
        })
        .collect::<Result<_, String>>()?;
    let results = Results {
        machine: this_machine(cpus, newest)?,
        estimates,
        memory,
        switches,
    };
    results.check()?;
    let saved = root.join(report::SAVED);
    fs::create_dir_all(saved.parent().unwrap()).map_err(|e| e.to_string())?;
    let json = serde_json::to_string_pretty(&results.to_json()).map_err(|e| e.to_string())?;
    fs::write(&saved, json + "\n").map_err(|e| format!("{}: {e}", saved.display()))?;
    println!("saved {}", report::SAVED);
    Ok(results)
}

fn within_a_minute(a: SystemTime, b: SystemTime) -> bool {
    let gap = a.duration_since(b).or_else(|_| b.duration_since(a));
    gap.is_ok_and(|gap| gap.as_secs() < 60)
}

/// This machine, as `nproc`, `/proc/cpuinfo`, `free`, `uname -r` and `rustc -V` describe it
/// (Linux), and the day the measurements were made.
fn this_machine(cpus: u64, measured: SystemTime) -> Result<Machine, String> {
    let read =
        |path: &str| fs::read_to_string(path).map_err(|e| format!("{path}: {e} (Linux only)"));
    let cpuinfo = read("/proc/cpuinfo")?;
    let field = |name: &str| {
        cpuinfo
            .lines()
            .find_map(|line| line.strip_prefix(name)?.trim_start().strip_prefix(':'))
            .map(|value| value.trim().to_owned())
    };
    let cpu = field("model name").unwrap_or_else(|| "unknown CPU".to_owned());
    let virtual_machine =
        field("flags").is_some_and(|flags| flags.split(' ').any(|f| f == "hypervisor"));
    let memory_kib: u64 = read("/proc/meminfo")?
        .lines()
        .find_map(|line| line.strip_prefix("MemTotal:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or("/proc/meminfo: no MemTotal")?;
    let kernel = read("/proc/sys/kernel/osrelease")?.trim().to_owned();
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let rustc = Command::new(rustc)
        .arg("-V")
        .output()
        .map_err(|e| format!("rustc -V: {e}"))?;
    let days = measured
        .duration_since(UNIX_EPOCH)
        .map_err(|e| e.to_string())?
        .as_secs()
        / 86_400;
    Ok(Machine {
        cpu,
        cpus,
        virtual_machine,
        memory_gib: (memory_kib as f64 / 1024.0 / 1024.0).round() as u64,
        kernel,
        rustc: String::from_utf8_lossy(&rustc.stdout).trim().to_owned(),
        date: civil_date(days as i64),
    })
}

/// Days since 1970-01-01 → "YYYY-MM-DD" (UTC; Howard Hinnant's `civil_from_days`).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Writes `page`'s tables; returns them.
fn fill(
    root: &Path,
    results: &Results,
    lang: report::Lang,
    page: &str,
) -> Result<Vec<(&'static str, String)>, String> {
    let fragments = report::page_fragments(results, lang, page);
    let path = root.join(page);
    let text = fs::read_to_string(&path).map_err(|e| format!("{page}: {e}"))?;
    let filled = report::fill_page(&text, &fragments).map_err(|e| format!("{page}: {e}"))?;
    if filled != text {
        fs::write(&path, filled).map_err(|e| format!("{page}: {e}"))?;
        println!("updated {page}");
    }
    Ok(fragments)
}

/// Writes the plots and the pages' tables, and prints the tables.
fn write_all(root: &Path, results: &Results) -> Result<(), String> {
    let chapters = report::CHAPTER_TABLES.map(|(lang, page, _)| (lang, page));
    for (lang, page) in chapters {
        fill(root, results, lang, page)?;
    }
    for (lang, page) in report::PAGES {
        let fragments = fill(root, results, lang, page)?;
        for (name, svg) in report::figures(results, lang) {
            let path: PathBuf = root.join("src/images").join(&name);
            if fs::read_to_string(&path).ok().as_deref() != Some(svg.as_str()) {
                fs::write(&path, svg).map_err(|e| format!("{}: {e}", path.display()))?;
                println!("wrote src/images/{name}");
            }
        }
        if lang == report::Lang::En {
            for (name, fragment) in fragments {
                println!("\n[{name}]\n{fragment}");
            }
        }
    }
    Ok(())
}
