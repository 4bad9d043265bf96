use listing_18_02::ThreadPool;
use solution_18_02::map_unordered;

fn main() {
    let pool = ThreadPool::new(4);
    // Task n waits for gate n. This loop opens one gate at a time, in this order, and the next
    // one only when a result has arrived. (Each waiting task holds a worker.)
    let order = [2, 0, 3, 1];
    let (open, gates): (Vec<_>, Vec<_>) = (0..4).map(|_| crossbeam_channel::bounded(1)).unzip();
    let wait_for_gate = move |n: usize| {
        gates[n].recv().unwrap();
        n * 10
    };
    open[order[0]].send(()).unwrap();
    for (finished, (index, result)) in map_unordered(&pool, wait_for_gate, 0..4).enumerate() {
        println!("task {index} finished: {}", result.unwrap());
        if let Some(&next) = order.get(finished + 1) {
            open[next].send(()).unwrap();
        }
    }
}
