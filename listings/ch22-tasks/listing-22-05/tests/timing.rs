//! The actor serves one request at a time, exactly, on tokio's paused clock.

book_support::listing_on_paused_clock!("../src/main.rs");

/// The program that `cargo run` runs, on the paused clock: the three requests arrive at once,
/// and the actor answers them one after the other, each 0.1 s after the one before: at 0.1,
/// 0.2 and 0.3 s. (On the test's one thread, the clients run in the order they were spawned.)
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let timeline = listing::timeline_of_main().await;
    let expected = [
        (100, "A added 1: total 1"),
        (200, "B added 2: total 3"),
        (300, "C added 3: total 6"),
        (300, "counter stopped"),
    ];
    let stated = [
        "A added 1: total 1",
        "B added 2: total 3",
        "C added 3: total 6",
    ];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &stated);
}
