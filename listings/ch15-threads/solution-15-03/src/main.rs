use std::thread;

/// Adds up `numbers` on at most `threads` scoped threads, one chunk each, and returns each
/// chunk's sum, in order.
pub fn chunk_sums(numbers: &[u64], threads: usize) -> Vec<u64> {
    assert!(threads > 0, "chunk_sums needs at least one thread");
    // Round up, so that `threads` chunks cover every number; and never 0, which `chunks` rejects.
    let chunk_size = numbers.len().div_ceil(threads).max(1);
    thread::scope(|s| {
        // Spawn every thread first (collect), then join them: a lazy `map(spawn).map(join)`
        // would join each thread before spawning the next.
        let handles: Vec<_> = numbers
            .chunks(chunk_size)
            .map(|chunk| s.spawn(|| chunk.iter().sum::<u64>()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    })
}

fn main() {
    let numbers: Vec<u64> = (1..=100).collect();
    for threads in [2, 3, 7] {
        let sums = chunk_sums(&numbers, threads);
        let total: u64 = sums.iter().sum();
        println!("{threads} threads: {sums:?}, total {total}");
    }
}
