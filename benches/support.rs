//! What the benchmark programs that measure more than time share: `tasks_vs_threads.rs` (peak
//! memory) and `queues.rs` (how often threads sleep). criterion does not measure those, so these
//! programs measure them after criterion's timings and save the medians next to criterion's
//! results, where the `plot-benchmarks` example reads them (and finds them with the same
//! `criterion_home`).

use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

/// Where criterion keeps its results, found as criterion itself finds it: `$CRITERION_HOME`,
/// else `$CARGO_TARGET_DIR/criterion`, else the target directory that `cargo metadata` reports,
/// else `target/criterion`.
pub fn criterion_home() -> PathBuf {
    if let Some(home) = env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    if let Some(target) = env::var_os("CARGO_TARGET_DIR") {
        return PathBuf::from(target).join("criterion");
    }
    let metadata = env::var_os("CARGO").and_then(|cargo| {
        let output = Command::new(cargo)
            .args(["metadata", "--format-version", "1", "--no-deps"])
            .output()
            .ok()?;
        let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).ok()?;
        Some(PathBuf::from(metadata["target_directory"].as_str()?))
    });
    metadata.map_or_else(
        || PathBuf::from("target/criterion"),
        |target| target.join("criterion"),
    )
}

/// How an extra measurement named `id` (`queues/switches`) should run, from the program's
/// arguments as criterion sees them: `None` to skip it (`--list`, or a filter that does not
/// match `id`; criterion's filters are substrings of an id), one run in test mode
/// (`cargo bench -- --test`), else `runs` runs.
pub fn extra_runs(id: &str, runs: usize) -> Option<Runs> {
    // criterion's options that take a value: their value is not a filter.
    const WITH_VALUE: &[&str] = &[
        "--color",
        "-c",
        "--save-baseline",
        "-s",
        "--baseline",
        "-b",
        "--load-baseline",
        "--sample-size",
        "--warm-up-time",
        "--measurement-time",
        "--nresamples",
        "--noise-threshold",
        "--confidence-level",
        "--significance-level",
        "--profile-time",
        "--output-format",
        "--plotting-backend",
        "--format",
        "--logfile",
    ];
    let args: Vec<String> = env::args().skip(1).collect();
    let mut filters = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if WITH_VALUE.contains(&arg.as_str()) {
            rest.next();
        } else if !arg.starts_with('-') {
            filters.push(arg);
        }
    }
    let selected = filters.is_empty() || filters.iter().any(|f| id.contains(f.as_str()));
    if args.iter().any(|a| a == "--list") || !selected {
        return None;
    }
    let test = args.iter().any(|a| a == "--test");
    Some(Runs {
        count: if test { 1 } else { runs },
        save: !test,
    })
}

pub struct Runs {
    pub count: usize,
    /// False in test mode: measured once to show that it works, not saved.
    pub save: bool,
}

/// The median of each column of `readings` (an odd number of runs gives a reading some run made).
pub fn medians<const N: usize>(readings: &[[u64; N]]) -> [u64; N] {
    std::array::from_fn(|i| {
        let mut column: Vec<u64> = readings.iter().map(|r| r[i]).collect();
        column.sort_unstable();
        column[column.len() / 2]
    })
}

/// Saves `results` as `<criterion home>/<path>`, or says that test mode does not.
pub fn save(runs: &Runs, path: &str, results: serde_json::Value) {
    if !runs.save {
        println!("Success ({path}: measured once, not saved in test mode)");
        return;
    }
    let path = criterion_home().join(path);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    let json = serde_json::to_string_pretty(&results).unwrap();
    fs::write(&path, json + "\n").unwrap();
    println!("wrote {}", path.display());
}
