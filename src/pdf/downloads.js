// The book's PDFs, for the landing page to offer (theme/additions.js, offerPdfs). None here:
// `cargo run --example pdf` prints them into book/pdf/ and writes this file there, listing them.
window.bookPdfs = [];
