fn task(name: &str, count: u32) {
    for n in 0..count {
        println!("{name} - {n}");
    }
}

fn main() {
    // One call after the other: B starts only after A has finished.
    task("A", 3);
    task("B", 5);

    println!("Main thread ends");
}
