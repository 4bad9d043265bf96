//! What the browser tests share with `cargo run --example pdf`: a static file server for the
//! built book, a WebDriver client for headless Chromium, and printing the book to PDF. A package
//! of its own, so that printing the book builds only this, not every listing.

pub mod pdf;
pub mod server;
pub mod webdriver;
