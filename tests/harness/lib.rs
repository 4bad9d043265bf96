//! The harness package exists for its build script and its tests (`build.rs`, `tests/*.rs`).
//! This library holds what the browser tests share with `cargo run --example pdf`: a static file
//! server for the built book, a WebDriver client for headless Chromium, and the book's PDFs.

pub mod pdf;
pub mod server;
pub mod webdriver;
