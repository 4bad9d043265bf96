use book_support::assert_prints_book_output;
use book_support::threads::catch_panic_message;

/// The ticker ticks while the other task's synchronous call blocks the worker's thread, and
/// that call returns only once all three ticks have arrived: the order is the same on every
/// run.
#[test]
fn ticks_while_a_task_blocks() {
    let live = assert_prints_book_output(
        env!("CARGO_BIN_EXE_listing-21-11"),
        env!("CARGO_MANIFEST_DIR"),
    );
    assert!(live.stderr.is_empty(), "{}", live.stderr);
}

/// What the chapter says: `block_in_place` panics on the current-thread runtime, which has no
/// other thread to hand its tasks to.
#[tokio::test(flavor = "current_thread")]
async fn block_in_place_panics_on_the_current_thread_runtime() {
    let message = catch_panic_message(|| tokio::task::block_in_place(|| ())).unwrap_err();
    assert!(
        message.contains("can call blocking only when running on the multi-threaded runtime"),
        "{message}"
    );
}
