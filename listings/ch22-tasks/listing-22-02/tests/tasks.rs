//! What `start` and its handle do. (No timing here, so no paused clock is needed.)

book_support::listing_on_paused_clock!("../src/main.rs");

/// `start` returns before its task has run (on this one-thread test runtime the task can run
/// only once the test awaits); the handle then gives back the task's value.
#[tokio::test]
async fn start_returns_at_once_and_the_handle_gives_the_value() {
    let task = listing::start(String::from("A"));
    assert!(!task.is_finished());
    assert_eq!(task.await.unwrap(), "A complete");
}

/// A panic in the task reaches whoever awaits its handle as a `JoinError` that `is_panic()`,
/// carrying the panic's message.
#[tokio::test]
async fn a_panic_in_a_task_becomes_a_join_error() {
    let error = listing::start(String::new()).await.unwrap_err();
    assert!(error.is_panic() && !error.is_cancelled());
    let payload = error.into_panic();
    assert_eq!(payload.downcast_ref::<&str>(), Some(&"no name given"));
}

/// The program that `cargo run` runs, on the paused clock: no timer: both results at 0 s.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (0, r#"task A returned "A complete""#),
        (0, "task B panicked: no name given"),
    ];
    let stated = [];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
