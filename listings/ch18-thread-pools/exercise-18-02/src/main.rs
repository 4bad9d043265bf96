use listing_18_02::ThreadPool;

fn main() {
    let pool = ThreadPool::new(4);
    // Task n waits for gate n. Gate 3 is open, and each task opens the gate of the task before
    // it when it is done: the tasks finish in reverse order. (Each waiting task holds a worker.)
    let gates: Vec<_> = (0..4).map(|_| crossbeam_channel::bounded(1)).collect();
    gates[3].0.send(()).unwrap();
    let finish_in_reverse = move |n: usize| {
        gates[n].1.recv().unwrap();
        println!("task {n} finished");
        if n > 0 {
            gates[n - 1].0.send(()).unwrap();
        }
        n * 10
    };
    for result in pool.map(finish_in_reverse, 0..4) {
        println!("result: {}", result.unwrap());
    }
}
