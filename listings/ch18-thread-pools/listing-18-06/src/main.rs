use std::sync::atomic::{AtomicUsize, Ordering};

use listing_20_03::{is_prime, ranges};

/// Listing 20-3's job: count the primes below LIMIT, by trial division.
const LIMIT: u64 = 200_000;

fn main() {
    let chunks = ranges(LIMIT, 4);
    let mut counts = vec![0; chunks.len()];
    let total = AtomicUsize::new(0);
    rayon::scope(|s| {
        // One task per range, on rayon's pool. Each borrows its range, its own slot of
        // `counts` (a `&mut`) and `total` (a `&`): no `Arc`, no `'static`.
        for (slot, &(start, end)) in counts.iter_mut().zip(&chunks) {
            let total = &total;
            s.spawn(move |_| {
                *slot = (start..end).filter(|&n| is_prime(n)).count();
                total.fetch_add(*slot, Ordering::Relaxed);
            });
        }
    });
    // `scope` has returned: every task spawned in it has finished, and the borrows are over.
    println!("primes below {LIMIT}, per range: {counts:?}");
    println!("total: {}", total.into_inner());
}
