//! The rendered book in a real headless Chromium, driven through chromedriver: every page loads
//! cleanly, every link resolves, the language switch lands on the twin page and section, the
//! sidebar and previous/next stay in one language, search finds Chinese and English words, and
//! screenshots are left in `target/screenshots/` for a human to look at.
//!
//! They need mdBook 0.5.4, `chromium` and `chromedriver` (Debian's packages) and take a while,
//! so a plain `cargo test` reports them `ignored`; `cargo test --test browser -- --ignored` runs
//! them (`.ci/run` installs what they need and does), and fails at once if anything is missing.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use book_support::book::{self, LANGUAGES, root};
use book_support::tools;
use serde_json::{Value, json};

use book_browser::server::Server;
use book_browser::webdriver::{self, Driver, Session};

/// The built book, served on 127.0.0.1, shared by the tests (each has its own browser).
struct Book {
    dir: PathBuf,
    server: Server,
    chromium: String,
    chromedriver: String,
}

/// The book, built once; fails the test, in one line, if a program it needs is missing.
fn book() -> &'static Book {
    static BOOK: OnceLock<Book> = OnceLock::new();
    BOOK.get_or_init(|| {
        let (chromium, chromedriver) =
            webdriver::find_chromium().unwrap_or_else(|message| panic!("this test {message}"));
        tools::require_mdbook();
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser-book");
        tools::build_book(&root(), &dir);
        Book {
            server: Server::start(dir.clone()),
            dir,
            chromium,
            chromedriver,
        }
    })
}

/// A browser of its own for one test (the driver must outlive the session).
fn open(book: &Book, name: &str) -> (Driver, Session) {
    let driver = Driver::start(&book.chromedriver);
    let profile = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("chromium-{name}"));
    let _ = std::fs::remove_dir_all(&profile);
    let session = driver.session(&book.chromium, &profile);
    (driver, session)
}

/// Every page of the book, as paths relative to its root: the landing page, then each
/// language's pages in SUMMARY order.
fn page_paths() -> Vec<String> {
    let summary = book::summary(&root());
    summary
        .prefix
        .iter()
        .chain(summary.parts.iter().flat_map(|(_, entries)| entries))
        .map(|entry| entry.path.replace(".md", ".html"))
        .collect()
}

/// Collects failures and reports them all at once.
#[derive(Default)]
struct Failures(Vec<String>);

impl Failures {
    fn check(&mut self, ok: bool, message: impl FnOnce() -> String) {
        if !ok {
            self.0.push(message());
        }
    }

    fn assert_none(self) {
        assert!(self.0.is_empty(), "{}", self.0.join("\n"));
    }
}

#[test]
#[ignore = "needs chromium, chromedriver and mdBook 0.5.4 on PATH: cargo test --test browser -- --ignored, as .ci/run does"]
fn every_page_loads_cleanly_and_every_link_resolves() {
    let book = book();
    let (_driver, browser) = open(book, "pages");
    let mut failures = Failures::default();
    let mut pages = page_paths();
    pages.extend([
        "print.html?lang=zh".to_owned(),
        "print.html?lang=en".to_owned(),
    ]);
    for page in &pages {
        browser.goto(&format!("{}{page}", book.server.base));
        for entry in browser.console() {
            failures.check(entry["level"] != "SEVERE", || {
                format!("{page}: console: {entry}")
            });
        }
        let foreign = browser.execute(
            "return performance.getEntriesByType('resource').map(e => e.name)
                 .filter(url => !url.startsWith(location.origin));",
            json!([]),
        );
        failures.check(foreign == json!([]), || {
            format!("{page}: requests to other hosts: {foreign}")
        });
        // Chinese text outside the Chinese pages is marked as such (theme/additions.js).
        let unmarked = browser.execute(
            "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
             const unmarked = [];
             while (walker.nextNode()) {
                 const text = walker.currentNode;
                 const shown = text.parentElement.closest('[hidden], script, style') === null;
                 const lang = text.parentElement.closest('[lang]');
                 if (shown && /[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]/.test(text.data)
                         && (lang ? lang.lang : document.documentElement.lang) !== 'zh-CN') {
                     unmarked.push(text.data.trim().slice(0, 40));
                 }
             }
             return unmarked;",
            json!([]),
        );
        failures.check(unmarked == json!([]), || {
            format!("{page}: Chinese text not marked lang=\"zh-CN\": {unmarked}")
        });
        // A listing that does not compile says so under its caption, instead of how to run it.
        let run_lines = browser.execute(
            "return Array.from(document.querySelectorAll('figure'))
                 .filter(f => f.querySelector('pre code.compile_fail'))
                 .map(f => f.querySelector('.listing-run'))
                 .filter(run => !run || run.textContent.includes('cargo run'))
                 .map(run => run ? run.textContent : 'no run line');",
            json!([]),
        );
        failures.check(run_lines == json!([]), || {
            format!("{page}: compile-fail listings with run lines: {run_lines}")
        });
        let links = browser.execute(
            "return Array.from(document.querySelectorAll('a[href]'), a => a.href)
                 .filter(href => href.startsWith(location.origin));",
            json!([]),
        );
        for link in links.as_array().unwrap() {
            let link = link.as_str().unwrap();
            if let Err(problem) = resolve(&book.dir, &link[book.server.base.len()..]) {
                failures.check(false, || format!("{page}: link {link}: {problem}"));
            }
        }
    }
    let missing = book.server.take_missing();
    failures.check(missing.is_empty(), || {
        format!("failed requests: {missing:?}")
    });
    failures.assert_none();
}

/// A link's target, relative to the book's root (`zh/ch15-threads.html#why-move`), must be a
/// file of the built book, and its anchor an id on that page.
fn resolve(dir: &Path, target: &str) -> Result<(), String> {
    let (path, anchor) = target.split_once('#').unwrap_or((target, ""));
    let path = path.split('?').next().unwrap_or("");
    let file = dir.join(if path.is_empty() { "index.html" } else { path });
    let html = std::fs::read_to_string(&file).map_err(|_| String::from("no such page"))?;
    let anchor = percent_decode(anchor);
    let found = anchor.is_empty() || html.contains(&format!("id=\"{anchor}\""));
    found
        .then_some(())
        .ok_or_else(|| format!("no id `{anchor}` on the page"))
}

fn percent_decode(text: &str) -> String {
    let mut bytes = Vec::new();
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        let hex = tail.get(..2).and_then(|h| std::str::from_utf8(h).ok());
        match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
            Some(decoded) if byte == b'%' => {
                bytes.push(decoded);
                rest = &tail[2..];
            }
            _ => {
                bytes.push(byte);
                rest = tail;
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// On every chapter page: `<html lang>` fits, the sidebar and previous/next stay in the page's
/// language, and the switch opens the twin page at the same section.
#[test]
#[ignore = "needs chromium, chromedriver and mdBook 0.5.4 on PATH: cargo test --test browser -- --ignored, as .ci/run does"]
fn every_page_stays_in_its_language_and_switches_to_its_twin() {
    let book = book();
    let (_driver, browser) = open(book, "switch");
    let mut failures = Failures::default();
    for page in page_paths()
        .iter()
        .filter(|p| p.starts_with("zh/") || p.starts_with("en/"))
    {
        let lang = &page[..2];
        let other = if lang == "zh" { "en" } else { "zh" };
        browser.goto(&format!("{}{page}", book.server.base));
        let section: Value = browser.execute(
            "const h = document.querySelector('main h2[id]'); return h ? h.id : '';",
            json!([]),
        );
        let section = section.as_str().unwrap_or("").to_owned();
        if !section.is_empty() {
            browser.goto(&format!("{}{page}#{section}", book.server.base));
        }
        let state = browser.execute(
            "const visible = a => a.offsetParent !== null;
             return {
                 lang: document.documentElement.lang,
                 sidebar: Array.from(document.querySelectorAll('#mdbook-sidebar a'))
                     .filter(visible).map(a => a.pathname),
                 nav: Array.from(document.querySelectorAll('a.nav-chapters, a.mobile-nav-chapters'))
                     .map(a => a.pathname),
             };",
            json!([]),
        );
        let expected_lang = if lang == "zh" { "zh-CN" } else { "en" };
        failures.check(state["lang"] == expected_lang, || {
            format!("{page}: <html lang> is {}", state["lang"])
        });
        for key in ["sidebar", "nav"] {
            for path in state[key].as_array().unwrap() {
                let path = path.as_str().unwrap();
                failures.check(!path.contains(&format!("/{other}/")), || {
                    format!("{page}: {key} links to {path}")
                });
            }
        }
        failures.check(!state["sidebar"].as_array().unwrap().is_empty(), || {
            format!("{page}: empty sidebar")
        });
        browser.execute(
            "document.querySelector('a.lang-switch').click();",
            json!([]),
        );
        let twin = format!("/{other}/{}", &page[3..]);
        let arrived = browser.wait_for(
            &format!(
                "location.pathname === '{twin}' && document.readyState === 'complete' && location"
            ),
            &format!("{page}: the switch to open {twin}"),
        );
        let hash = arrived["hash"]
            .as_str()
            .unwrap_or("")
            .trim_start_matches('#');
        failures.check(hash == section, || {
            format!("{page}: the switch lost the section: #{section} became #{hash}")
        });
    }
    failures.assert_none();
}

/// Searches the book from a page in `lang` and returns the first result's page.
fn first_result(browser: &Session, base: &str, lang: &str, query: &str) -> String {
    browser.goto(&format!("{base}{lang}/introduction.html"));
    browser.execute(
        "document.getElementById('mdbook-search-toggle').click();",
        json!([]),
    );
    browser.wait_for(
        "!!(window.search && window.search.index)",
        "the search index to load",
    );
    browser.execute(
        "const bar = document.getElementById('mdbook-searchbar');
         bar.value = arguments[0];
         bar.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter' }));",
        json!([query]),
    );
    let first = browser.wait_for(
        "(() => { const a = document.querySelector('#mdbook-searchresults li a');
                  const header = document.getElementById('mdbook-searchresults-header').innerText;
                  return a && header.includes(arguments_query) ? a.pathname : ''; })()"
            .replace("arguments_query", &serde_json::to_string(query).unwrap())
            .as_str(),
        &format!("results for `{query}`"),
    );
    first.as_str().unwrap_or("").to_owned()
}

#[test]
#[ignore = "needs chromium, chromedriver and mdBook 0.5.4 on PATH: cargo test --test browser -- --ignored, as .ci/run does"]
fn search_finds_the_right_chapter_first_in_both_languages() {
    let book = book();
    let (_driver, browser) = open(book, "search");
    let mut failures = Failures::default();
    let cases = [
        ("zh", "互斥锁", "zh/ch17-locks.html"),
        ("zh", "条件变量", "zh/ch17-locks.html"),
        ("zh", "线程池", "zh/ch18-thread-pools.html"),
        ("zh", "协程", "zh/ch21-coroutines.html"),
        ("en", "condition variable", "en/ch17-locks.html"),
        ("en", "abort", "en/ch23-advanced-tasks.html"),
    ];
    for (lang, query, expected) in cases {
        let first = first_result(&browser, &book.server.base, lang, query);
        failures.check(first.ends_with(expected), || {
            format!("searching `{query}` on a {lang} page: first result {first}, not {expected}")
        });
    }
    failures.assert_none();
}

/// Not a check: pictures of one chapter in each language, light and dark, for a person.
#[test]
#[ignore = "needs chromium, chromedriver and mdBook 0.5.4 on PATH: cargo test --test browser -- --ignored, as .ci/run does"]
fn screenshots_for_a_human_to_look_at() {
    let book = book();
    let (_driver, browser) = open(book, "screenshots");
    let dir = root().join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    for language in LANGUAGES {
        for theme in ["light", "navy"] {
            let url = format!("{}{}/ch17-locks.html", book.server.base, language.dir);
            browser.goto(&url);
            browser.execute(
                "localStorage.setItem('mdbook-theme', arguments[0]); location.reload();",
                json!([theme]),
            );
            browser.wait_for(
                &format!("document.readyState === 'complete' && document.documentElement.classList.contains('{theme}')"),
                "the theme to apply",
            );
            let file = dir.join(format!("ch17-{}-{theme}.png", language.dir));
            browser.screenshot(&file);
            assert!(
                std::fs::metadata(&file).unwrap().len() > 10_000,
                "{}",
                file.display()
            );
        }
    }
    eprintln!("screenshots in {}", dir.display());
}

/// The print button prints the page's language only: print.html?lang=zh shows every Chinese
/// chapter and nothing else, and likewise for English.
#[test]
#[ignore = "needs chromium, chromedriver and mdBook 0.5.4 on PATH: cargo test --test browser -- --ignored, as .ci/run does"]
fn print_shows_one_language_at_a_time() {
    let book = book();
    let (_driver, browser) = open(book, "print");
    let mut failures = Failures::default();
    for language in LANGUAGES {
        let pages = page_paths()
            .iter()
            .filter(|p| p.starts_with(&format!("{}/", language.dir)))
            .count();
        browser.goto(&format!(
            "{}{}/introduction.html",
            book.server.base, language.dir
        ));
        let print_link = browser.execute(
            "const a = document.querySelector('a[href*=\"print.html\"]'); return a ? a.href : '';",
            json!([]),
        );
        let expected = format!("print.html?lang={}", language.dir);
        failures.check(
            print_link.as_str().unwrap_or("").ends_with(&expected),
            || format!("{} print button: {print_link}", language.dir),
        );
        browser.goto(&format!("{}{expected}", book.server.base));
        let titles = browser.execute(
            "return Array.from(document.querySelectorAll('main h1'))
                 .filter(h => h.offsetParent !== null).map(h => h.textContent);",
            json!([]),
        );
        let titles: Vec<&str> = titles
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t.as_str().unwrap())
            .collect();
        let printed = browser.execute(
            "return { titlePage: document.querySelectorAll('main .title-page').length,
                      folded: document.querySelectorAll('main details:not([open])').length };",
            json!([]),
        );
        failures.check(printed == json!({ "titlePage": 1, "folded": 0 }), || {
            format!(
                "print.html?lang={}: one title page and every solution unfolded, but {printed}",
                language.dir
            )
        });
        let chinese = |t: &&str| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        let right_language = titles.iter().all(|t| chinese(t) == (language.dir == "zh"));
        failures.check(titles.len() == pages && right_language, || {
            format!("print.html?lang={}: shows {titles:?}", language.dir)
        });
    }
    failures.assert_none();
}

/// Without the PDFs (a plain `mdbook build`, as here, or `mdbook serve`), the landing page says
/// how to build them and links to none; `tests/pdf.rs` checks it with them.
#[test]
#[ignore = "needs chromium, chromedriver and mdBook 0.5.4 on PATH: cargo test --test browser -- --ignored, as .ci/run does"]
fn the_landing_page_links_to_no_pdf_before_they_are_built() {
    let book = book();
    let (_driver, browser) = open(book, "landing");
    browser.goto(&book.server.base);
    browser.wait_for(
        "Array.from(document.scripts).some(s => s.src.endsWith('pdf/downloads.js'))
             && Array.isArray(window.bookPdfs)",
        "pdf/downloads.js to load",
    );
    let offered = browser.execute(
        "const place = document.getElementById('pdf-downloads');
         return { links: place.querySelectorAll('a').length, text: place.textContent };",
        json!([]),
    );
    assert_eq!(offered["links"], json!(0), "{offered}");
    assert!(
        offered["text"]
            .as_str()
            .unwrap()
            .contains("cargo run --example pdf"),
        "{offered}"
    );
    assert_eq!(
        book.server.take_missing(),
        Vec::<String>::new(),
        "failed requests"
    );
}
