//! Listing 20-4: Listing 20-1's pool, kept at its size: workers that died are replaced.

use std::io;
use std::path::Path;

use listing_20_01::{JobError, ProcessPool};

/// A `ProcessPool` that starts new workers in place of the ones that died.
pub struct KeptPool {
    pool: ProcessPool,
    size: usize,
}

impl KeptPool {
    /// `size` workers, each `program worker`.
    pub fn with_program(program: &Path, size: usize) -> io::Result<KeptPool> {
        let pool = ProcessPool::with_program(program, size)?;
        Ok(KeptPool { pool, size })
    }

    /// `ProcessPool::map`; then, if workers died, as many new ones as can start.
    pub fn map(&mut self, jobs: &[&str]) -> Vec<Result<String, JobError>> {
        let results = self.pool.map(jobs.iter().copied());
        // The pool has reaped the dead ones and let them go: `pids` counts the living.
        while self.pool.pids().len() < self.size {
            if self.pool.add_worker().is_err() {
                break; // try again after the next `map`
            }
        }
        results
    }

    /// The process ids of the workers.
    pub fn pids(&self) -> Vec<u32> {
        self.pool.pids()
    }
}
