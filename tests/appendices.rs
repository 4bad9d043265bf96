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

/// Spans of `needle` in `haystack`, as byte ranges. A needle that begins or ends with a Latin
/// letter is a word: `drop` is found in "被 drop 时", not in "dropped" or "raindrop".
fn spans(haystack: &str, needle: &str) -> Vec<std::ops::Range<usize>> {
    let latin = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let starts_latin = needle.starts_with(latin);
    let ends_latin = needle.ends_with(latin);
    haystack
        .match_indices(needle)
        .filter(|&(at, _)| {
            let before = haystack[..at].chars().next_back();
            let after = haystack[at + needle.len()..].chars().next();
            !(starts_latin && before.is_some_and(latin) || ends_latin && after.is_some_and(latin))
        })
        .map(|(at, _)| at..at + needle.len())
        .collect()
}

/// Words that contain an avoided rendering without being it: the glossary avoids 的活 (“CPU
/// 密集型的活” for 工作), not 系统的活动.
const NOT_AVOIDED: &[&str] = &["的活动", "的活跃"];

/// What the reader reads of a page, the glossary's way: `book::visible_text` (no code, no
/// link targets, no tags; lines kept), without the `{ #id }` of headings, which are not prose.
fn prose(page: &Page) -> String {
    book::visible_text(&page.text)
        .lines()
        .map(|line| match line.find("{ #") {
            Some(at) if line.starts_with('#') => &line[..at],
            _ => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Where a page uses a rendering the glossary avoids: `page:line: ...`, one per use.
fn avoided_renderings(page: &Page, terms: &[Term]) -> Vec<String> {
    let text = prose(page);
    let allowed: Vec<_> = NOT_AVOIDED.iter().flat_map(|w| spans(&text, w)).collect();
    let mut found = Vec::new();
    for term in terms {
        // "虚假唤醒" contains "假唤醒": an avoided word inside the chosen term is fine.
        let chosen = spans(&text, term.chinese.trim_end_matches("（恐慌）"));
        for avoided in &term.avoided {
            for span in spans(&text, avoided) {
                let inside =
                    |c: &std::ops::Range<usize>| c.start <= span.start && span.end <= c.end;
                if !chosen.iter().any(inside) && !allowed.iter().any(inside) {
                    let line = text[..span.start].matches('\n').count() + 1;
                    found.push(format!(
                        "{}:{line}: `{avoided}` — the glossary's term is `{}` ({})",
                        page.path.display(),
                        term.chinese,
                        term.english
                    ));
                }
            }
        }
    }
    found
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
        found.extend(avoided_renderings(&page, &terms));
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The check finds what it should and only that: a Latin rendering as a word of the prose, not
/// in code, a longer word or a heading's id; a Chinese one anywhere but inside a word it is part of.
#[test]
fn the_glossary_check_finds_avoided_renderings_in_prose_only() {
    let terms = glossary("zh");
    let page = |text: &str| Page {
        path: PathBuf::from("src/zh/example.md"),
        text: text.to_owned(),
    };
    let found = |text: &str| avoided_renderings(&page(text), &terms).len();
    assert_eq!(found("守卫被 drop 时解锁。\n"), 1);
    assert_eq!(found("守卫被丢弃时解锁。\n"), 0);
    assert_eq!(found("`drop(guard)` 和 <code>Drop</code> 是代码。\n"), 0);
    assert_eq!(found("## 丢弃的顺序 { #drop-order }\n"), 0);
    assert_eq!(found("dropped 和 raindrop 不是 drop 这个词。\n"), 1);
    assert_eq!(found("空闲的线程“偷”任务。\n"), 1);
    assert_eq!(found("这是 CPU 密集型的活。打开系统的活动监视器。\n"), 1);
    assert_eq!(found("有接收者在等，也有发送者。\n"), 2);
    assert_eq!(found("这是 Rust 2024 edition。\n"), 1);
}
