use listing_20_03::{is_prime, ranges};
use rayon::prelude::*;

/// Listing 20-3's job: count the primes below LIMIT, by trial division.
const LIMIT: u64 = 200_000;

fn main() {
    // On this thread: an ordinary iterator over the numbers.
    let here = (0..LIMIT).filter(|&n| is_prime(n)).count();
    println!("primes below {LIMIT}, on this thread: {here}");

    // On rayon's pool: the same chain, with `into_par_iter` in place of the range's iterator.
    let parallel = (0..LIMIT).into_par_iter().filter(|&n| is_prime(n)).count();
    println!("primes below {LIMIT}, with into_par_iter: {parallel}");

    // `par_iter` on a slice of 8 ranges: one count per range, collected in the slice's order.
    let counts: Vec<usize> = ranges(LIMIT, 8)
        .par_iter()
        .map(|&(start, end)| (start..end).filter(|&n| is_prime(n)).count())
        .collect();
    println!("per range, with par_iter: {counts:?}");
    println!("their sum: {}", counts.iter().sum::<usize>());
}
