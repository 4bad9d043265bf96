use listing_18_02::TaskHandle;
use solution_18_01::CountingPool;

fn main() {
    let pool = CountingPool::new(2);
    let squares: Vec<TaskHandle<u64>> = (1..=5).map(|n| pool.submit(move || n * n)).collect();
    let failing = pool.submit(|| -> u64 { panic!("no square for you") });

    let squares: Vec<u64> = squares.into_iter().map(|h| h.result().unwrap()).collect();
    println!("squares: {squares:?}");
    println!("failing: {}", failing.result().unwrap_err());
    // Every result has arrived, so every task is counted.
    println!("completed: {} tasks", pool.completed());
}
