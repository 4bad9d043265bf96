use std::thread;

fn main() {
    let numbers: Vec<u64> = (1..=100).collect();
    let (first_half, second_half) = numbers.split_at(50);
    let mut sum1 = 0;
    let mut sum2 = 0;

    // Scoped threads may borrow main's local variables: no `move`, no copies.
    // `scope` returns only after every thread spawned in it has finished.
    thread::scope(|s| {
        s.spawn(|| sum1 = first_half.iter().sum());
        s.spawn(|| sum2 = second_half.iter().sum());
    });

    // Both threads wrote into main's variables: threads share their process's memory.
    println!("1..=50 adds up to {sum1}");
    println!("51..=100 adds up to {sum2}");
    println!("1..=100 adds up to {}", sum1 + sum2);
}
