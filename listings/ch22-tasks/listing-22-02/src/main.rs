use tokio::task::JoinHandle;

/// Starts a task and returns its handle at once. The task may run after this function has
/// returned, so it must own everything it uses: `async move` moves `name` into it.
pub fn start(name: String) -> JoinHandle<String> {
    tokio::spawn(async move {
        if name.is_empty() {
            panic!("no name given");
        }
        format!("{name} complete")
    })
}

#[tokio::main]
async fn main() {
    let task_a = start(String::from("A"));
    let task_b = start(String::new());

    // Awaiting a handle gives back what the task returned...
    let result = task_a.await.unwrap();
    println!("task A returned {result:?}");

    // ...or, if the task panicked, a JoinError that says so.
    match task_b.await {
        Ok(result) => println!("task B returned {result:?}"),
        Err(error) if error.is_panic() => {
            let payload = error.into_panic();
            let message = payload.downcast_ref::<&str>().unwrap_or(&"(not a string)");
            println!("task B panicked: {message}");
        }
        Err(error) => println!("task B failed: {error}"),
    }
}
