//! Writes copies of this listing's code for tests/loom.rs, which model-checks the handover: the
//! code as the book shows it, on loom's atomics and spin loop, and `loom_handover_relaxed.rs`,
//! the same with `Relaxed` in place of `Release` and `Acquire`, which the model check must catch.

fn main() {
    book_support::loom_copies::write_edited(
        "loom_handover.rs",
        &[
            (
                "use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};",
                "use loom::sync::atomic::{AtomicBool, AtomicU64, Ordering};",
            ),
            ("std::hint::spin_loop();", "loom::hint::spin_loop();"),
        ],
        &[(
            "loom_handover_relaxed.rs",
            &[
                (
                    "self.ready.store(true, Ordering::Release);",
                    "self.ready.store(true, Ordering::Relaxed);",
                ),
                (
                    "while !self.ready.load(Ordering::Acquire) {",
                    "while !self.ready.load(Ordering::Relaxed) {",
                ),
            ],
        )],
    );
}
