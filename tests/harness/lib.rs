//! The harness package exists for its build script and its tests (`build.rs`, `tests/*.rs`).
//! Cargo requires every package to have a library or binary target, and `src/` belongs to the
//! book, so this empty library is that target.
