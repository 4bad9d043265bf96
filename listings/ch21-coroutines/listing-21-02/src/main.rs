use tokio::runtime::Runtime;

async fn calculate(a: i32, b: i32) -> i32 {
    println!("calculate({a}, {b}) runs");
    a + b
}

fn main() {
    // Calling an async fn runs none of its body: it only creates a future.
    let future = calculate(1, 2);
    println!("future created");

    // A future that is never awaited never runs.
    let _never_awaited = calculate(3, 4);

    // The runtime is the event loop: `block_on` runs a future to completion, as asyncio.run does.
    let runtime = Runtime::new().unwrap();
    let sum = runtime.block_on(future);
    println!("block_on returned {sum}");
}
