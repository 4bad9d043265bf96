//! Exercise 20-2, a solution: `map` with Python's `chunksize`, on the pool of Listing 20-1.

use listing_20_01::{JobError, ProcessPool, parse_reply};

// ANCHOR: solution
/// What separates the jobs of a chunk, and their replies, on one line.
const SEPARATOR: char = '\t';

/// `pool.map(jobs)`, with `chunk_size` jobs sent on each line: one round trip per chunk
/// instead of one per job. The workers must serve with [`run_chunk`].
pub fn map_chunked(
    pool: &mut ProcessPool,
    jobs: &[String],
    chunk_size: usize,
) -> Vec<Result<String, JobError>> {
    if let Some(job) = jobs.iter().find(|job| job.contains(SEPARATOR)) {
        let error = JobError::Failed(format!("a job must not hold a tab: {job:?}"));
        return jobs.iter().map(|_| Err(error.clone())).collect();
    }
    let chunks: Vec<&[String]> = jobs.chunks(chunk_size).collect();
    let lines = chunks
        .iter()
        .map(|chunk| chunk.join(&SEPARATOR.to_string()));
    let replies = pool.map(lines);
    // Each chunk's reply holds one reply per job; a chunk that failed fails all its jobs.
    let mut results = Vec::new();
    for (chunk, reply) in chunks.iter().zip(replies) {
        match reply {
            Ok(replies) => results.extend(replies.split(SEPARATOR).map(parse_reply)),
            Err(error) => results.extend(chunk.iter().map(|_| Err(error.clone()))),
        }
    }
    results
}

/// The worker's side: runs every job of a chunk with `run_job`, and answers all of them on
/// one line.
pub fn run_chunk(
    run_job: impl Fn(&str) -> Result<String, String>,
) -> impl Fn(&str) -> Result<String, String> {
    move |chunk| {
        let replies: Vec<String> = chunk
            .split(SEPARATOR)
            .map(|job| match run_job(job) {
                Ok(value) => format!("ok {value}"),
                Err(message) => format!("err {message}"),
            })
            .collect();
        Ok(replies.join(&SEPARATOR.to_string()))
    }
}

// ANCHOR_END: solution
