use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, OnceLock};
use std::thread;

/// How many times an initialiser has run.
static RUNS: AtomicUsize = AtomicUsize::new(0);

/// Empty until the first `get_or_init`; then set for good, by whichever thread got there first.
static CONFIG: OnceLock<String> = OnceLock::new();

/// Built by this closure on first use.
static PRIMES: LazyLock<Vec<u32>> = LazyLock::new(|| {
    RUNS.fetch_add(1, Ordering::Relaxed);
    println!("computing PRIMES");
    (2..30).filter(|n| (2..*n).all(|d| n % d != 0)).collect()
});

fn main() {
    thread::scope(|s| {
        for name in ["A", "B", "C", "D"] {
            s.spawn(move || {
                // Every thread offers its own initialiser; exactly one of them runs.
                let config = CONFIG.get_or_init(|| {
                    RUNS.fetch_add(1, Ordering::Relaxed);
                    println!("{name} - initialising CONFIG");
                    format!("set by {name}")
                });
                println!("{name} - CONFIG is {config:?}, {} primes", PRIMES.len());
            });
        }
    });
    println!("initialisers run: {}", RUNS.load(Ordering::Relaxed));
}
