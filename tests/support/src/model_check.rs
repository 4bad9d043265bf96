//! Running a loom model check and counting what it explored, for the `tests/loom.rs` of the
//! listings whose queue loom checks (Listings 17-7 and 17-8). Behind the `loom` feature, so that
//! only those tests build loom into this crate.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::threads::catch_panic_message;

/// A model check that failed: the interleaving that failed (counting from 1), and its panic's
/// message.
pub struct Failure {
    pub interleavings: usize,
    pub message: String,
}

impl fmt::Debug for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "interleaving {} failed: {}",
            self.interleavings, self.message
        )
    }
}

/// Runs `model` in every interleaving loom explores with at most `preemption_bound` preemptions
/// (points where loom switches threads although the running one could go on), prints on stderr
/// how many it ran under `name`, and returns that number, or the first failure.
pub fn check(
    name: &str,
    preemption_bound: usize,
    model: impl Fn() + Sync + Send + 'static,
) -> Result<usize, Failure> {
    let runs = Arc::new(AtomicUsize::new(0));
    let mut builder = loom::model::Builder::new();
    builder.preemption_bound = Some(preemption_bound);
    let counted = {
        let runs = Arc::clone(&runs);
        move || {
            runs.fetch_add(1, Ordering::Relaxed);
            model()
        }
    };
    let result = catch_panic_message(|| builder.check(counted));
    let interleavings = runs.load(Ordering::Relaxed);
    eprintln!("{name}: {interleavings} interleavings run");
    result.map(|()| interleavings).map_err(|message| Failure {
        interleavings,
        message,
    })
}
