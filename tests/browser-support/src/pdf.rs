//! The book as PDF, one file per language. Chromium prints the book's own print page,
//! `print.html?lang=zh` or `?lang=en`, which `theme/additions.js` narrows to that language and
//! opens with a title page and the contents; `tests/pdf.rs` checks what comes out.

use std::fs;
use std::path::{Path, PathBuf};

use book_support::book::LANGUAGES;
use serde_json::{Value, json};

use crate::server::Server;
use crate::webdriver::Driver;

/// Where the PDFs go, under the built book: `book/pdf/`.
pub const DIR: &str = "pdf";

/// The PDF of one language, e.g. `concurrency-in-rust.zh.pdf`.
pub fn file_name(language_dir: &str) -> String {
    format!("concurrency-in-rust.{language_dir}.pdf")
}

/// What the landing page offers: `pdf/downloads.js`, which `src/pdf/downloads.js` stands in
/// for (listing no PDF) until the PDFs are printed.
pub const DOWNLOADS: &str = "downloads.js";

/// A4, with the page number at the foot of each page; the outline (bookmarks) from the headings.
fn print_options() -> Value {
    let footer = "<div style=\"width: 100%; text-align: center; font-size: 9px; \
                  font-family: sans-serif; color: #555;\"><span class=\"pageNumber\"></span></div>";
    json!({
        "paperWidth": 210.0 / 25.4,
        "paperHeight": 297.0 / 25.4,
        "marginTop": 0.6,
        "marginBottom": 0.7,
        "marginLeft": 0.6,
        "marginRight": 0.6,
        "printBackground": true,
        "displayHeaderFooter": true,
        "headerTemplate": "<span></span>",
        "footerTemplate": footer,
        "generateTaggedPDF": true,
        "generateDocumentOutline": true,
    })
}

/// Prints the book built in `book_dir` into `book_dir/pdf/`, one PDF per language, and writes
/// the list the landing page offers. Returns the files written.
pub fn print_book(
    book_dir: &Path,
    chromium: &str,
    chromedriver: &str,
) -> Result<Vec<PathBuf>, String> {
    let out = book_dir.join(DIR);
    fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let server = Server::start(book_dir.to_path_buf());
    let driver = Driver::start(chromedriver);
    let profile = std::env::temp_dir().join(format!("concurrency-book-pdf-{}", std::process::id()));
    let browser = driver.session(chromium, &profile);
    // print.html opens the print dialog once loaded, for a reader who pressed the print button.
    // Here that would race with printing to PDF ("Page is already being printed"), so on every
    // page this browser loads, there is no dialog to open.
    browser.devtools(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "window.print = () => {};" }),
    );
    let mut written = Vec::new();
    let mut listed = Vec::new();
    for language in LANGUAGES {
        browser.goto(&format!("{}print.html?lang={}", server.base, language.dir));
        browser.wait_for(
            "document.fonts.status === 'loaded' && Array.from(document.images).every(i => i.complete)",
            "the print page's fonts and pictures to load",
        );
        let pdf = browser.print_to_pdf(print_options());
        let file = out.join(file_name(language.dir));
        fs::write(&file, &pdf).map_err(|e| format!("{}: {e}", file.display()))?;
        listed.push(
            json!({ "lang": language.dir, "file": file_name(language.dir), "bytes": pdf.len() }),
        );
        written.push(file);
    }
    drop(browser);
    let _ = fs::remove_dir_all(&profile);
    let missing = server.take_missing();
    if !missing.is_empty() {
        return Err(format!(
            "the print pages asked for files the book does not have: {missing:?}"
        ));
    }
    let downloads = out.join(DOWNLOADS);
    let script = format!(
        "// Written by `cargo run --example pdf`: the PDFs beside this file.\nwindow.bookPdfs = {};\n",
        Value::Array(listed)
    );
    fs::write(&downloads, script).map_err(|e| format!("{}: {e}", downloads.display()))?;
    Ok(written)
}
