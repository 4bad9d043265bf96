use book_support::assert_prints_book_output;
use book_support::threads::catch_panic_message;
use tokio::runtime::Builder;

#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use listing::BlockingClient;

#[test]
fn prints_what_the_book_shows() {
    let live = assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-21-10"),
        env!("CARGO_MANIFEST_DIR"),
    );
    assert!(live.stderr.is_empty(), "{}", live.stderr);
}

/// What the chapter says: calling the blocking interface from async code, on a thread that a
/// runtime is driving, panics instead of blocking that runtime's thread.
#[test]
fn block_on_inside_a_runtime_panics() {
    let client = BlockingClient::new().unwrap();
    let outer = Builder::new_current_thread().build().unwrap();
    let fetched = outer.block_on(async { catch_panic_message(|| client.fetch(1)) });
    let message = fetched.unwrap_err();
    assert!(
        message.starts_with("Cannot start a runtime from within a runtime."),
        "{message}"
    );
}

/// ... and from a thread of `spawn_blocking`'s pool, which no runtime is driving, it works.
#[test]
fn block_on_from_spawn_blocking_works() {
    let client = BlockingClient::new().unwrap();
    let outer = Builder::new_current_thread().build().unwrap();
    let blocking = async { tokio::task::spawn_blocking(move || (client.fetch(2), client)).await };
    let (item, client) = outer.block_on(blocking).unwrap();
    assert_eq!(item, "item 2");
    drop(client); // outside any runtime, as a runtime must be dropped
}
