//! The appendices keep their promises: every Rust item the Python → Rust table names appears in
//! the listing it links to, and the Chinese pages use the glossary's term for each concept.

use std::path::{Path, PathBuf};

use book_support::book::{self, CHINESE, ENGLISH, Page, root};
use pretty_assertions::assert_eq;

/// The cells of each Markdown table row on a page (header and separator rows left out).
fn table_rows(page: &Page) -> Vec<Vec<String>> {
    page.text
        .lines()
        .filter(|line| line.starts_with('|') && !line.starts_with("|---"))
        .map(|line| {
            let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
            split_cells(inner)
        })
        .filter(|cells| !cells.iter().any(|c| c == "Python" || c == "中文"))
        .collect()
}

/// Splits on `|` outside backticks (a cell may hold `` `|x|` `` code).
fn split_cells(row: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut in_code = false;
    for c in row.chars() {
        match c {
            '`' => {
                in_code = !in_code;
                cells.last_mut().unwrap().push(c);
            }
            '|' if !in_code => cells.push(String::new()),
            _ => cells.last_mut().unwrap().push(c),
        }
    }
    cells.into_iter().map(|c| c.trim().to_owned()).collect()
}

/// The `code` spans of a cell.
fn code_spans(cell: &str) -> Vec<&str> {
    cell.split('`').skip(1).step_by(2).collect()
}

/// `[Listing 15-2](ch15-threads.md#listing-15-2)` → the listing's crate directory.
fn linked_listings(page: &Page, cell: &str) -> Vec<PathBuf> {
    cell.split("](")
        .skip(1)
        .map(|rest| {
            let target = &rest[..rest.find(')').unwrap()];
            let (chapter_page, anchor) = target.split_once("#listing-").unwrap_or_else(|| {
                panic!(
                    "{}: `{target}` does not link to a listing",
                    page.path.display()
                )
            });
            let chapter = chapter_page.trim_end_matches(".md");
            let (major, minor) = anchor.split_once('-').unwrap();
            let dir = format!("listing-{major}-{:02}", minor.parse::<u32>().unwrap());
            Path::new("listings").join(chapter).join(dir)
        })
        .collect()
}

/// Whether a listing's source shows a Rust item: the item as written (`tokio::join!`), or its
/// first and last path segments both (`Mutex::lock` in `counter.lock()` with `Mutex` in scope).
fn shows(source: &str, item: &str) -> bool {
    let item = item
        .trim_start_matches("#[")
        .trim_end_matches(']')
        .trim_start_matches('.');
    let bare = item.trim_end_matches("()").trim_end_matches('!');
    if source.contains(item) || source.contains(bare) {
        return true;
    }
    let segments: Vec<&str> = bare.split("::").collect();
    segments.len() > 1
        && source.contains(segments[0])
        && source.contains(segments[segments.len() - 1])
}

#[test]
fn every_rust_item_in_the_python_to_rust_table_is_in_the_listing_it_links_to() {
    let root = root();
    let mut checked = 0;
    for language in [CHINESE, ENGLISH] {
        let path = Path::new("src")
            .join(language.dir)
            .join("appendix-python-to-rust.md");
        let page = Page::read(&root, path);
        for row in table_rows(&page) {
            assert_eq!(row.len(), 4, "{}: {row:?}", page.path.display());
            let listings = linked_listings(&page, &row[2]);
            assert!(!listings.is_empty(), "{row:?} links to no listing");
            let sources: Vec<String> = listings
                .iter()
                .flat_map(|l| book::source_files(&root, l))
                .map(|file| std::fs::read_to_string(root.join(file)).unwrap())
                .collect();
            for item in code_spans(&row[1]) {
                assert!(
                    sources.iter().any(|source| shows(source, item)),
                    "{}: `{item}` is not in {listings:?}",
                    page.path.display()
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 50, "only {checked} items checked");
}

#[test]
fn both_python_to_rust_tables_list_the_same_apis() {
    let root = root();
    let columns = |dir: &str| -> Vec<(String, String, String)> {
        let page = Page::read(
            &root,
            Path::new("src")
                .join(dir)
                .join("appendix-python-to-rust.md"),
        );
        table_rows(&page)
            .into_iter()
            .map(|row| {
                let listings = linked_listings(&page, &row[2]);
                let python = code_spans(&row[0]).join(" ");
                (
                    python,
                    code_spans(&row[1]).join(" "),
                    format!("{listings:?}"),
                )
            })
            .collect()
    };
    assert_eq!(columns("zh"), columns("en"));
}

/// One glossary row: the Chinese term, the English term, and the renderings the book avoids.
struct Term {
    chinese: String,
    english: String,
    avoided: Vec<String>,
}

fn glossary(dir: &str) -> Vec<Term> {
    let page = Page::read(
        &root(),
        Path::new("src").join(dir).join("appendix-glossary.md"),
    );
    table_rows(&page)
        .into_iter()
        .map(|row| Term {
            chinese: row[0].clone(),
            english: row[1].clone(),
            avoided: row[3]
                .split('、')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
        })
        .collect()
}

#[test]
fn both_glossaries_pair_the_same_terms() {
    let pairs = |dir| -> Vec<(String, String, Vec<String>)> {
        glossary(dir)
            .into_iter()
            .map(|t| (t.chinese, t.english, t.avoided))
            .collect()
    };
    assert_eq!(pairs("zh"), pairs("en"));
}

/// Spans of `needle` in `haystack`, as byte ranges.
fn spans(haystack: &str, needle: &str) -> Vec<std::ops::Range<usize>> {
    haystack
        .match_indices(needle)
        .map(|(at, _)| at..at + needle.len())
        .collect()
}

#[test]
fn chinese_pages_use_the_glossarys_term_for_each_concept() {
    let root = root();
    let terms = glossary("zh");
    assert!(terms.len() >= 20, "a glossary of {} terms", terms.len());
    let mut found = Vec::new();
    for page in book::pages(&root) {
        if page.language() != Some(CHINESE) || page.path.ends_with("appendix-glossary.md") {
            continue;
        }
        for term in &terms {
            // "虚假唤醒" contains "假唤醒": an avoided word inside the chosen term is fine.
            let chosen = spans(&page.text, term.chinese.trim_end_matches("（恐慌）"));
            for avoided in &term.avoided {
                for span in spans(&page.text, avoided) {
                    let inside_chosen = chosen
                        .iter()
                        .any(|c| c.start <= span.start && span.end <= c.end);
                    if !inside_chosen {
                        let line = page.text[..span.start].matches('\n').count() + 1;
                        found.push(format!(
                            "{}:{line}: `{avoided}` — the glossary's term is `{}`",
                            page.path.display(),
                            term.chinese
                        ));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
