//! The PDFs that `cargo run --example pdf` prints into `book/pdf/`, read back with Debian's
//! poppler-utils: the fonts (`pdffonts`), the text (`pdftotext`), the outline and the links
//! (`pdftohtml -xml`), raster images (`pdfimages`), and pages as PNG in `target/screenshots/`
//! (`pdftoppm`) for a human to look at. And the landing page, in Chromium, offering both.
//!
//! They need the PDFs, so a plain `cargo test` reports them `ignored`; `.ci/run` prints the
//! PDFs and then runs them with `cargo test --test pdf -- --ignored`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use book_browser::pdf;
use book_browser::server::Server;
use book_browser::webdriver::{self, Driver};
use book_support::book::{self, LANGUAGES, Language, Page, root};
use book_support::run::run;
use book_support::tools;
use serde_json::json;

/// One language's PDF, read once with each poppler tool.
struct Pdf {
    language: Language,
    path: PathBuf,
    /// `pdftotext`, one string per page.
    pages: Vec<String>,
    /// `pdftohtml -xml`: the text boxes, links and outline.
    xml: String,
}

fn pdfs() -> &'static [Pdf] {
    static PDFS: OnceLock<Vec<Pdf>> = OnceLock::new();
    PDFS.get_or_init(|| {
        for program in [
            "pdffonts",
            "pdftotext",
            "pdftohtml",
            "pdfimages",
            "pdftoppm",
        ] {
            tools::require_program(&[program], "apt-get install poppler-utils");
        }
        LANGUAGES.map(read).into()
    })
}

fn read(language: Language) -> Pdf {
    let path = root()
        .join("book")
        .join(pdf::DIR)
        .join(pdf::file_name(language.dir));
    assert!(
        path.is_file(),
        "no {}: run `cargo run --example pdf` first",
        path.display()
    );
    let file = path.to_str().unwrap();
    let text = run("pdftotext", &["-enc", "UTF-8", file, "-"]).stdout;
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_owned).collect();
    pages.pop(); // after the last page's form feed
    let xml = run("pdftohtml", &["-xml", "-i", "-q", "-stdout", file]).stdout;
    Pdf {
        language,
        path,
        pages,
        xml,
    }
}

/// The SUMMARY entries of `language`'s part: its introduction, chapters and appendices.
fn entries(language: Language) -> Vec<book::SummaryEntry> {
    let summary = book::summary(&root());
    let (_, entries) = summary
        .parts
        .into_iter()
        .find(|(part, _)| part == language.part)
        .expect("a SUMMARY part per language");
    entries
}

/// Text compared without its spacing, which PDF text extraction does not keep, and with its
/// entities decoded (`pdftohtml -xml` writes `&amp;`, SVG labels `&lt;`).
fn squeeze(text: &str) -> String {
    book::decode_entities(text)
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '`')
        .collect()
}

/// The Noto / Source Han variant a CJK font name carries (`NotoSansCJKsc-Regular` → `sc`), if
/// it is such a font.
fn cjk_variant(font: &str) -> Option<String> {
    let lower = font.to_lowercase();
    let at = lower
        .find("cjk")
        .map(|i| i + 3)
        .or_else(|| lower.find("sourcehansans").map(|i| i + 13))?;
    Some(lower[at..].chars().take(2).collect())
}

/// Every font the PDF uses. `pdffonts` names the embedded TrueType fonts; Chromium embeds the
/// CFF-based Noto CJK fonts as Type 3, which `pdffonts` lists as `[none]`, so their names are
/// read from their font descriptors (`/FontName /AAAAAA+NotoSansCJKsc-Regular`).
fn fonts(pdf: &Pdf) -> BTreeSet<String> {
    let listed = run("pdffonts", &[pdf.path.to_str().unwrap()]).stdout;
    let mut fonts: BTreeSet<String> = listed
        .lines()
        .skip(2)
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "[none]")
        .map(|name| name.split_once('+').map_or(name, |(_, n)| n).to_owned())
        .collect();
    let bytes = std::fs::read(&pdf.path).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    for (at, _) in raw.match_indices("/FontName /") {
        let name: String = raw[at + 11..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || "+-_".contains(*c))
            .collect();
        fonts.insert(name.split_once('+').map_or(&*name, |(_, n)| n).to_owned());
    }
    fonts
}

#[test]
#[ignore = "needs book/pdf/ from `cargo run --example pdf`, and poppler-utils: cargo test --test pdf -- --ignored, as .ci/run does"]
fn chinese_is_set_in_a_simplified_chinese_font_never_a_japanese_one() {
    for pdf in pdfs() {
        let fonts = fonts(pdf);
        let variants: BTreeSet<String> = fonts.iter().filter_map(|f| cjk_variant(f)).collect();
        // Both PDFs hold Chinese: the English one in the glossary and Appendix A's terms.
        assert!(
            variants == BTreeSet::from(["sc".to_owned()]),
            "{}: CJK fonts {variants:?} (want only Simplified Chinese, `sc`); all fonts: {fonts:?}",
            pdf.path.display()
        );
    }
}

#[test]
#[ignore = "needs book/pdf/ from `cargo run --example pdf`, and poppler-utils: cargo test --test pdf -- --ignored, as .ci/run does"]
fn each_pdf_holds_its_languages_titles_and_none_of_the_others() {
    for pdf in pdfs() {
        let text = squeeze(&pdf.pages.concat());
        for entry in entries(pdf.language) {
            assert!(
                text.contains(&squeeze(&entry.title)),
                "{}: no title `{}`",
                pdf.path.display(),
                entry.title
            );
        }
        let other = LANGUAGES.into_iter().find(|l| *l != pdf.language).unwrap();
        for entry in entries(other) {
            assert!(
                !text.contains(&squeeze(&entry.title)),
                "{}: holds `{}`, a title of the other language",
                pdf.path.display(),
                entry.title
            );
        }
    }
}

/// The document's title is the book's in its language (book.toml's title is "English · 中文"),
/// and the first page is the title page: the title, the subtitle, the contents and the page
/// number, and nothing else: no menu bar, sidebar, language switch or search.
#[test]
#[ignore = "needs book/pdf/ from `cargo run --example pdf`, and poppler-utils: cargo test --test pdf -- --ignored, as .ci/run does"]
fn the_first_page_is_a_title_page_with_the_contents_and_no_chrome() {
    let toml = std::fs::read_to_string(root().join("book.toml")).unwrap();
    let title = toml
        .lines()
        .find_map(|line| line.strip_prefix("title = "))
        .expect("book.toml has a title")
        .trim_matches('"');
    let (english, chinese) = title.split_once(" · ").expect("title = \"English · 中文\"");
    for pdf in pdfs() {
        let (title, contents) = match pdf.language.dir {
            "zh" => (chinese, "目录"),
            _ => (english, "Contents"),
        };
        // Page by page, in reading order: a line that mixes fonts keeps its order.
        let page_1 = run(
            "pdftotext",
            &[
                "-layout",
                "-f",
                "1",
                "-l",
                "1",
                pdf.path.to_str().unwrap(),
                "-",
            ],
        );
        let first = squeeze(&page_1.stdout);
        let info = run("pdfinfo", &[pdf.path.to_str().unwrap()]).stdout;
        let metadata = info.lines().find_map(|line| line.strip_prefix("Title:"));
        assert_eq!(
            metadata.map(str::trim),
            Some(title),
            "{}: the document's title",
            pdf.path.display()
        );
        let titles: String = entries(pdf.language)
            .iter()
            .map(|e| squeeze(&e.title))
            .collect();
        let rest = first
            .strip_prefix(&squeeze(title))
            .unwrap_or_else(|| panic!("{}: page 1 starts `{first}`", pdf.path.display()));
        // The subtitle, then the contents: its heading, every title in order, then the page number.
        let (subtitle, after) = rest
            .split_once(&format!("{contents}{titles}"))
            .unwrap_or_else(|| panic!("{}: page 1 is `{first}`", pdf.path.display()));
        assert!(
            subtitle.contains("Rust") && after == "1",
            "{}: page 1 is `{first}`",
            pdf.path.display()
        );
    }
}

/// One outline item of `pdftohtml -xml`: its page and title, and the items under it.
#[derive(Debug)]
struct Item {
    page: usize,
    title: String,
    children: Vec<Item>,
}

/// The outline as `pdftohtml -xml` writes it: `<outline>` lists of `<item page="N">…</item>`,
/// each item followed by its own `<outline>` if it has children.
fn outline(xml: &str) -> Vec<Item> {
    let start = xml.find("<outline>").expect("the PDF has an outline");
    let mut stack: Vec<Vec<Item>> = Vec::new();
    let mut rest = &xml[start..];
    loop {
        rest = rest.trim_start();
        if let Some(tail) = rest.strip_prefix("<outline>") {
            stack.push(Vec::new());
            rest = tail;
        } else if let Some(tail) = rest.strip_prefix("</outline>") {
            let done = stack.pop().unwrap();
            match stack.last_mut().and_then(|items| items.last_mut()) {
                Some(parent) => parent.children = done,
                None => return done,
            }
            rest = tail;
        } else if let Some(tail) = rest.strip_prefix("<item page=\"") {
            let (page, tail) = tail.split_once("\">").unwrap();
            let (title, tail) = tail.split_once("</item>").unwrap();
            stack.last_mut().unwrap().push(Item {
                page: page.parse().unwrap(),
                title: title.to_owned(),
                children: Vec::new(),
            });
            rest = tail;
        } else {
            panic!("unexpected outline text: {}", &rest[..rest.len().min(80)]);
        }
    }
}

/// The outline has one top-level entry per page of the language's part (its introduction, every
/// chapter and appendix), in order, and under each the page's `##` sections.
#[test]
#[ignore = "needs book/pdf/ from `cargo run --example pdf`, and poppler-utils: cargo test --test pdf -- --ignored, as .ci/run does"]
fn the_outline_lists_every_chapter_and_appendix_with_their_sections() {
    for pdf in pdfs() {
        let outline = outline(&pdf.xml);
        let entries = entries(pdf.language);
        let got: Vec<String> = outline.iter().map(|item| squeeze(&item.title)).collect();
        let want: Vec<String> = entries.iter().map(|entry| squeeze(&entry.title)).collect();
        assert_eq!(got, want, "{}: the outline's top level", pdf.path.display());
        for (item, entry) in outline.iter().zip(&entries) {
            let page = Page::read(&root(), Path::new("src").join(&entry.path));
            let sections: Vec<String> = page
                .headings()
                .iter()
                .filter(|h| h.level == 2)
                .map(|h| squeeze(&book::visible_text(&h.title.replace('`', ""))))
                .collect();
            let got: Vec<String> = item.children.iter().map(|i| squeeze(&i.title)).collect();
            assert_eq!(
                got,
                sections,
                "{}: the outline under `{}`",
                pdf.path.display(),
                entry.title
            );
        }
        let pages: Vec<usize> = outline.iter().map(|item| item.page).collect();
        assert!(
            pages.is_sorted() && pages[0] == 2,
            "{}: chapters start on pages {pages:?}",
            pdf.path.display()
        );
    }
}

/// The links of the contents lead to the first page of each chapter (the outline's pages), and
/// every link in the PDF leads to a page of it: nothing points at the web server it was printed from.
#[test]
#[ignore = "needs book/pdf/ from `cargo run --example pdf`, and poppler-utils: cargo test --test pdf -- --ignored, as .ci/run does"]
fn internal_links_lead_to_their_pages() {
    for pdf in pdfs() {
        let name = pdf.path.file_stem().unwrap().to_str().unwrap();
        let internal = format!("<a href=\"{name}.html#");
        let mut first_page_links = Vec::new();
        let mut links = 0;
        for (number, page) in pdf.xml.split("<page number=\"").skip(1).enumerate() {
            for (at, _) in page.match_indices("<a href=\"") {
                let href = &page[at + 9..];
                let href = &href[..href.find('"').unwrap()];
                assert!(
                    page[at..].starts_with(&internal) || href.starts_with("https://"),
                    "{} page {}: a link to {href}",
                    pdf.path.display(),
                    number + 1
                );
                if let Some(target) = href.strip_prefix(&internal[9..]) {
                    let target: usize = target.parse().unwrap();
                    assert!((1..=pdf.pages.len()).contains(&target), "{href}");
                    links += 1;
                    if number == 0 && first_page_links.last() != Some(&target) {
                        first_page_links.push(target);
                    }
                }
            }
        }
        let chapters: Vec<usize> = outline(&pdf.xml).iter().map(|item| item.page).collect();
        assert_eq!(
            first_page_links,
            chapters,
            "{}: the contents' links",
            pdf.path.display()
        );
        // The contents, and the cross-references of the chapters (Listing 15-2, Figure 24-1, …).
        assert!(
            links > 200,
            "{}: only {links} internal links",
            pdf.path.display()
        );
    }
}

#[test]
#[ignore = "needs book/pdf/ from `cargo run --example pdf`, and poppler-utils: cargo test --test pdf -- --ignored, as .ci/run does"]
fn page_counts_are_within_bounds() {
    let counts: Vec<usize> = pdfs().iter().map(|pdf| pdf.pages.len()).collect();
    for (pdf, count) in pdfs().iter().zip(&counts) {
        // 14 pages per language, the longest chapters 40 pages and more: a few hundred pages.
        assert!(
            (200..=800).contains(count),
            "{}: {count} pages",
            pdf.path.display()
        );
    }
    let (small, large) = (counts.iter().min().unwrap(), counts.iter().max().unwrap());
    assert!(
        large * 4 <= small * 5,
        "the two languages' page counts differ by over 25%: {counts:?}"
    );
}

/// The diagrams are printed as vectors: the PDF has no raster image, and each diagram's labels
/// in its language (those that differ from the other language's version) are there as text.
/// Only labels in one script, without digits, are looked for: Chromium draws a picture's text
/// as glyphs only, and `pdftotext` loses the digits of the Chinese pictures and reorders runs
/// where a label mixes two fonts.
#[test]
#[ignore = "needs book/pdf/ from `cargo run --example pdf`, and poppler-utils: cargo test --test pdf -- --ignored, as .ci/run does"]
fn diagrams_are_vectors_in_their_language() {
    for pdf in pdfs() {
        let images = run("pdfimages", &["-list", pdf.path.to_str().unwrap()]).stdout;
        let rasters: Vec<&str> = images.lines().skip(2).collect();
        assert!(
            rasters.is_empty(),
            "{}: raster images: {rasters:?}",
            pdf.path.display()
        );
        let text: Vec<char> = squeeze(&pdf.pages.concat()).chars().collect();
        let other = LANGUAGES.into_iter().find(|l| *l != pdf.language).unwrap();
        let suffix = format!(".{}.svg", pdf.language.dir);
        let mut diagrams = 0;
        for entry in std::fs::read_dir(root().join("src/images")).unwrap() {
            let path = entry.unwrap().path();
            let Some(stem) = path.to_str().unwrap().strip_suffix(&suffix) else {
                continue;
            };
            let twin = PathBuf::from(format!("{stem}.{}.svg", other.dir));
            let theirs = svg_labels(&std::fs::read_to_string(&twin).unwrap());
            let ours: Vec<String> = svg_labels(&std::fs::read_to_string(&path).unwrap())
                .into_iter()
                .filter(|label| !theirs.contains(label) && one_script(label, pdf.language))
                .collect();
            diagrams += usize::from(!ours.is_empty());
            for label in ours {
                let label: Vec<char> = squeeze(&label).chars().collect();
                assert!(
                    text.windows(label.len())
                        .any(|window| same_text(window, &label)),
                    "{}: no `{}` of {}",
                    pdf.path.display(),
                    label.iter().collect::<String>(),
                    path.display()
                );
            }
        }
        assert!(
            diagrams >= 7,
            "{}: labels found of only {diagrams} diagrams",
            pdf.path.display()
        );
    }
}

/// Whether a label is all Chinese (characters and punctuation), or all English letters.
fn one_script(label: &str, language: Language) -> bool {
    let chinese = |c: char| matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}');
    let english = |c: char| c.is_ascii_alphabetic() || " ,:;'-".contains(c);
    match language.dir {
        "zh" => label.chars().all(chinese),
        _ => label.chars().all(english),
    }
}

/// Text from the PDF against the text written: equal, but for a CJK radical (U+2E80–U+2FDF)
/// in the PDF where an ideograph was written. Chromium draws a picture's text as glyphs only,
/// and names each glyph by the first code point that maps to it in the font: Noto CJK's glyph
/// for 用 is also the one for the radical ⽤, so `pdftotext` reads ⽤.
fn same_text(printed: &[char], written: &[char]) -> bool {
    let radical = |c: char| ('\u{2e80}'..='\u{2fdf}').contains(&c);
    printed
        .iter()
        .zip(written)
        .all(|(p, w)| p == w || (radical(*p) && ('\u{3400}'..='\u{9fff}').contains(w)))
}

/// The text of each `<text>` element of an SVG that holds text only (no `<tspan>`, which may
/// set part of it in another font).
fn svg_labels(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|element| {
            let body = &element[element.find('>')? + 1..element.find("</text>")?];
            (!body.contains('<') && !body.trim().is_empty()).then(|| body.to_owned())
        })
        .collect()
}

/// What the web page folds (each exercise's solution) is printed unfolded: its file path shows.
#[test]
#[ignore = "needs book/pdf/ from `cargo run --example pdf`, and poppler-utils: cargo test --test pdf -- --ignored, as .ci/run does"]
fn solutions_are_printed_unfolded() {
    for pdf in pdfs() {
        let text = squeeze(&pdf.pages.concat());
        let mut folded = 0;
        for entry in entries(pdf.language) {
            let page = Page::read(&root(), Path::new("src").join(&entry.path));
            for figure in page.figures().into_iter().filter(|figure| figure.folded) {
                folded += 1;
                assert!(
                    text.contains(&squeeze(&figure.file)),
                    "{}: {} ({}) is not printed",
                    pdf.path.display(),
                    figure.number,
                    figure.file
                );
            }
        }
        assert!(
            folded >= 10,
            "{}: only {folded} folded figures",
            pdf.path.display()
        );
    }
}

/// Not a check: pages of each PDF as PNG, for a person to look at.
#[test]
#[ignore = "needs book/pdf/ from `cargo run --example pdf`, and poppler-utils: cargo test --test pdf -- --ignored, as .ci/run does"]
fn pages_as_pictures_for_a_human_to_look_at() {
    let dir = root().join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    for pdf in pdfs() {
        let find = |words: &[&str]| {
            1 + pdf
                .pages
                .iter()
                .position(|page| words.iter().any(|w| page.contains(w)))
                .unwrap_or(0)
        };
        let pages = [
            ("title", 1),
            ("chapter-15", outline(&pdf.xml)[1].page),
            ("figure-24-1", find(&["Figure 24-1:", "图 24-1"])),
            (
                "glossary",
                outline(&pdf.xml).last().map_or(1, |item| item.page) - 2,
            ),
        ];
        for (what, page) in pages {
            let prefix = dir.join(format!("pdf-{}-{what}", pdf.language.dir));
            let page = page.to_string();
            run(
                "pdftoppm",
                &[
                    "-png",
                    "-r",
                    "60",
                    "-singlefile",
                    "-f",
                    &page,
                    "-l",
                    &page,
                    pdf.path.to_str().unwrap(),
                    prefix.to_str().unwrap(),
                ],
            );
            let png = prefix.with_extension("png");
            assert!(
                std::fs::metadata(&png).unwrap().len() > 5_000,
                "{}",
                png.display()
            );
        }
    }
    eprintln!("PDF pages in {}", dir.display());
}

/// The landing page of the book with its PDFs (book/, as `cargo run --example pdf` leaves it)
/// offers both, with links that resolve. (`tests/browser/` checks the book without them.)
#[test]
#[ignore = "needs book/pdf/ from `cargo run --example pdf`, chromium and chromedriver: cargo test --test pdf -- --ignored, as .ci/run does"]
fn the_landing_page_offers_both_pdfs() {
    pdfs();
    let (chromium, chromedriver) =
        webdriver::find_chromium().unwrap_or_else(|message| panic!("this test {message}"));
    let server = Server::start(root().join("book"));
    let driver = Driver::start(&chromedriver);
    let profile = Path::new(env!("CARGO_TARGET_TMPDIR")).join("chromium-pdf");
    let _ = std::fs::remove_dir_all(&profile);
    let browser = driver.session(&chromium, &profile);
    browser.goto(&format!("{}index.html", server.base));
    let links = browser.wait_for(
        "Array.from(document.querySelectorAll('#pdf-downloads a'), a => a.pathname).join(' ')",
        "the landing page to offer the PDFs",
    );
    let want: Vec<String> = LANGUAGES
        .iter()
        .map(|l| format!("/{}/{}", pdf::DIR, pdf::file_name(l.dir)))
        .collect();
    assert_eq!(links, json!(want.join(" ")), "the landing page's PDF links");
    for link in &want {
        let status = browser.execute(
            "return fetch(arguments[0]).then(reply => reply.status);",
            json!([link]),
        );
        assert_eq!(status, json!(200), "{link}");
    }
    assert_eq!(
        server.take_missing(),
        Vec::<String>::new(),
        "failed requests"
    );
}
