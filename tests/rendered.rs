//! The harness's expansion of `{{#include}}`s (which build.rs hands to skeptic) must be what
//! mdBook really renders, hidden `# ` lines included; otherwise the tests would check code the
//! reader never sees. These tests build the book, and a small book of every include form
//! (`tests/fixtures/include-forms`), with mdBook 0.5.4 and compare every code block.
//!
//! They need mdBook 0.5.4 on the PATH, so a plain `cargo test` reports them `ignored`;
//! `cargo test --test rendered -- --ignored` runs them (`.ci/run` does), and fails at once if that
//! mdBook is missing.

use std::path::{Path, PathBuf};

use book_support::book::{self, root};
use book_support::mdbook::{self, code_blocks};
use book_support::tools;
use pretty_assertions::assert_eq;

/// One line of a code block: whether mdBook hides it, and its text.
type Line = (bool, String);

#[test]
#[ignore = "needs mdBook 0.5.4 on PATH: cargo test --test rendered -- --ignored, as .ci/run does"]
fn the_rendered_book_shows_the_code_the_harness_tested() {
    compare_with_mdbook(&root(), "book");
}

#[test]
#[ignore = "needs mdBook 0.5.4 on PATH: cargo test --test rendered -- --ignored, as .ci/run does"]
fn every_include_form_expands_as_mdbook_renders_it() {
    compare_with_mdbook(
        &root().join("tests/fixtures/include-forms"),
        "include-forms",
    );
}

/// Builds the book at `book_root` with mdBook and compares each page's code blocks, in order,
/// with the harness's expansion of the page.
fn compare_with_mdbook(book_root: &Path, name: &str) {
    tools::require_mdbook();
    let built = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("rendered-{name}"));
    tools::build_book(book_root, &built);
    let mut compared = 0;
    for page in book::pages(book_root) {
        if page.path.ends_with("SUMMARY.md") {
            continue;
        }
        let html_path = html_page(&built, &page.path);
        let html = std::fs::read_to_string(&html_path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", html_path.display()));
        let rendered = rendered_blocks(&html);
        let expected: Vec<Vec<Line>> = code_blocks(&page.text)
            .iter()
            .map(|block| {
                let text = mdbook::expand(&block.body, &page.dir(book_root)).unwrap();
                split_hidden(&text, block.is_rust())
            })
            .collect();
        assert_eq!(
            expected,
            rendered,
            "code blocks of {} (left, the harness) and {} (right, mdBook)",
            page.path.display(),
            html_path.display()
        );
        compared += expected.len();
    }
    assert!(compared > 0, "no code block compared");
    eprintln!("{name}: compared {compared} code blocks with what mdBook rendered");
}

/// `src/en/ch15-threads.md` → `<built>/en/ch15-threads.html`.
fn html_page(built: &Path, page: &Path) -> PathBuf {
    built
        .join(page.strip_prefix("src").unwrap())
        .with_extension("html")
}

/// The harness's view: in Rust blocks a `# ` line is hidden (mdBook's rule for Rust).
fn split_hidden(text: &str, rust: bool) -> Vec<Line> {
    text.trim_end_matches('\n')
        .lines()
        .map(|line| {
            let trimmed = line.trim_start();
            match (rust, trimmed.strip_prefix("# ")) {
                (true, Some(rest)) => (true, rest.to_owned()),
                (true, None) if trimmed == "#" => (true, String::new()),
                _ => (false, line.to_owned()),
            }
        })
        .collect()
}

/// Every `<pre><code …>…</code></pre>` of a page, line by line, marking lines inside
/// `<span class="boring">` (mdBook's hidden lines).
fn rendered_blocks(html: &str) -> Vec<Vec<Line>> {
    let mut blocks = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<pre") {
        rest = &rest[start..];
        let Some(code_open) = rest.find("<code") else {
            break;
        };
        let body_start = code_open + rest[code_open..].find('>').unwrap() + 1;
        let body_end = body_start + rest[body_start..].find("</code>").unwrap();
        blocks.push(lines_of(&rest[body_start..body_end]));
        rest = &rest[body_end..];
    }
    blocks
}

fn lines_of(body: &str) -> Vec<Line> {
    const BORING: &str = "<span class=\"boring\">";
    let mut lines: Vec<Line> = Vec::new();
    let mut hidden = false;
    let mut line_hidden = false;
    let mut current = String::new();
    let mut rest = body;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix(BORING) {
            hidden = true;
            rest = after;
        } else if let Some(after) = rest.strip_prefix("</span>") {
            hidden = false;
            rest = after;
        } else if rest.starts_with('<') {
            // Any other markup (none expected): skip the tag.
            rest = &rest[rest.find('>').map_or(rest.len(), |i| i + 1)..];
        } else {
            let ch = rest.chars().next().unwrap();
            rest = &rest[ch.len_utf8()..];
            if current.is_empty() {
                // A line is hidden when it starts inside a boring span.
                line_hidden = hidden;
            }
            if ch == '\n' {
                lines.push((line_hidden, unescape(&std::mem::take(&mut current))));
            } else {
                current.push(ch);
            }
        }
    }
    if !current.is_empty() {
        lines.push((line_hidden, unescape(&current)));
    }
    lines
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}
