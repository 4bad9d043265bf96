//! Writes copies of this listing's code for tests/loom.rs, which model-checks the queue: the code
//! as the book shows it, on loom's `Mutex` and `Condvar`, and `loom_queue_if.rs`, the same with
//! `get`'s `while` turned into `if`, the mistake the chapter warns about, which the model check
//! must catch.

fn main() {
    book_support::loom_copies::write(&[(
        "loom_queue_if.rs",
        "while items.is_empty() {",
        "if items.is_empty() {",
    )]);
}
