//! The harness's expansion of `{{#include}}`s (which build.rs hands to skeptic) must be what
//! mdBook really renders, hidden `# ` lines included; otherwise the tests would check code the
//! reader never sees. Needs a freshly built book, so it runs only when told where it is:
//!
//!     mdbook build && CHECK_RENDERED_BOOK=book cargo test --test rendered
//!
//! `.ci/run` does exactly that; a plain `cargo test` skips it and says so.

use std::path::{Path, PathBuf};

use book_support::book::{self, root};
use book_support::mdbook::{self, code_blocks};
use pretty_assertions::assert_eq;

/// One line of a code block: whether mdBook hides it, and its text.
type Line = (bool, String);

#[test]
fn rendered_code_blocks_match_the_harness_expansion() {
    let Some(built) = std::env::var_os("CHECK_RENDERED_BOOK") else {
        eprintln!(
            "skipped: set CHECK_RENDERED_BOOK=book after `mdbook build` to compare the rendered \
             book with the harness's expansion (.ci/run does)"
        );
        return;
    };
    let root = root();
    let built = root.join(built);
    let mut compared = 0;
    for page in book::pages(&root) {
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
                let text = mdbook::expand(&block.body, &page.dir(&root)).unwrap();
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
    eprintln!("compared {compared} code blocks with the rendered book");
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
