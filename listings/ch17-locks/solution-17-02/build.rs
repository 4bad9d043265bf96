//! Writes copies of this solution's code for tests/loom.rs, which model-checks `try_get`: the
//! code as the book shows it, on loom's `Mutex` and `Condvar`, and `loom_queue_no_notify.rs`, the
//! same without the `notify_all` in `try_get`, the mistake the exercise warns about, which the
//! model check must catch.

fn main() {
    book_support::loom_copies::write(&[(
        "loom_queue_no_notify.rs",
        "self.changed.notify_all(); // a producer may be waiting for the room we just made",
        "",
    )]);
}
