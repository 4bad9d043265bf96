async fn calculate(a: i32, b: i32) {
    println!("{}", a + b);
}

#[tokio::main]
async fn main() {
    println!("main -step 1");
    calculate(1, 2).await;
    println!("main -step 2");
}
