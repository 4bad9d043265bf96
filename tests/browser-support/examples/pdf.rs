//! The book offline: `cargo run --example pdf` builds the book with mdBook into `book/` and
//! prints it with headless Chromium, one PDF per language, into `book/pdf/`:
//! `concurrency-in-rust.zh.pdf` and `concurrency-in-rust.en.pdf`. It needs what the browser
//! tests need: mdBook 0.5.4, and Debian's `chromium` and `chromium-driver`.

use std::env;
use std::path::Path;
use std::process::{Command, ExitCode};

use book_browser::{pdf, webdriver};
use book_support::{book, tools};

fn main() -> ExitCode {
    if env::args().len() > 1 {
        eprintln!("usage: cargo run --example pdf (it takes no arguments)");
        return ExitCode::from(2);
    }
    match build_and_print(&book::root()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("pdf: {message}");
            ExitCode::FAILURE
        }
    }
}

fn build_and_print(root: &Path) -> Result<(), String> {
    let (chromium, chromedriver) = webdriver::find_chromium()?;
    match tools::version("mdbook") {
        Some(found) if found == tools::MDBOOK_VERSION => {}
        _ => {
            return Err(format!(
                "needs `{}` on PATH: cargo install mdbook --version 0.5.4 --locked",
                tools::MDBOOK_VERSION
            ));
        }
    }
    let book = root.join("book");
    let built = Command::new("mdbook")
        .arg("build")
        .arg(root)
        .arg("--dest-dir")
        .arg(&book)
        .status()
        .map_err(|e| format!("cannot run mdbook: {e}"))?;
    if !built.success() {
        return Err(format!("mdbook build failed ({built})"));
    }
    for file in pdf::print_book(&book, &chromium, &chromedriver)? {
        let bytes = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
        println!("{} ({:.1} MB)", file.display(), bytes as f64 / 1e6);
    }
    Ok(())
}
