//! The book's structure: the two languages mirror each other, every listing is shown in both,
//! captions agree with the files they show. (An include that points nowhere already fails the
//! build: build.rs expands every directive of every page.)

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use book_support::book::{self, CHINESE, ENGLISH, LANGUAGES, Language, ListingKind, Page, root};
use book_support::mdbook::{DirectiveKind, Selection};
use pretty_assertions::assert_eq;

fn pages() -> Vec<Page> {
    book::pages(&root())
}

fn pages_in(language: Language) -> Vec<Page> {
    pages()
        .into_iter()
        .filter(|p| p.language() == Some(language))
        .collect()
}

/// The other language's copy of a page: `src/zh/x.md` ↔ `src/en/x.md`.
fn twin(page: &Page) -> Page {
    let language = page.language().expect("a language page");
    let other = if language == CHINESE {
        ENGLISH
    } else {
        CHINESE
    };
    let name = page.path.file_name().unwrap();
    Page::read(&root(), Path::new("src").join(other.dir).join(name))
}

#[test]
fn summary_has_a_part_per_language_mirrored_entry_for_entry() {
    let summary = book::summary(&root());
    let parts: Vec<&str> = summary.parts.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        parts,
        LANGUAGES.map(|l| l.part).to_vec(),
        "SUMMARY.md parts"
    );
    let shape = |language: Language| -> Vec<(String, usize)> {
        let (_, entries) = &summary.parts[LANGUAGES.iter().position(|l| *l == language).unwrap()];
        entries
            .iter()
            .map(|e| {
                let prefix = format!("{}/", language.dir);
                let name = e.path.strip_prefix(&prefix).unwrap_or_else(|| {
                    panic!("{} entry `{}` is not under {prefix}", language.part, e.path)
                });
                (name.to_owned(), e.depth)
            })
            .collect()
    };
    assert_eq!(shape(CHINESE), shape(ENGLISH), "the 中文 and English parts");
    let prefix: Vec<&str> = summary.prefix.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        prefix,
        ["index.md"],
        "entries before the parts: only the landing page"
    );
}

#[test]
fn every_page_is_in_the_summary_and_every_entry_is_a_page() {
    let summary = book::summary(&root());
    let listed: BTreeSet<PathBuf> = summary
        .prefix
        .iter()
        .chain(summary.parts.iter().flat_map(|(_, entries)| entries))
        .map(|e| Path::new("src").join(&e.path))
        .collect();
    let mut on_disk: BTreeSet<PathBuf> = pages().into_iter().map(|p| p.path).collect();
    on_disk.remove(Path::new("src/SUMMARY.md"));
    assert_eq!(
        listed, on_disk,
        "pages in SUMMARY.md (left) and under src/ (right)"
    );
}

#[test]
fn every_page_has_its_twin() {
    let names = |language: Language| -> Vec<PathBuf> {
        pages_in(language)
            .into_iter()
            .map(|p| p.path.file_name().unwrap().into())
            .collect()
    };
    assert_eq!(
        names(CHINESE),
        names(ENGLISH),
        "src/zh (left) and src/en (right)"
    );
}

#[test]
fn twins_include_the_same_files_in_the_same_order() {
    for page in pages_in(CHINESE) {
        let other = twin(&page);
        let includes = |page: &Page| -> Vec<(PathBuf, Selection, bool)> {
            page.directives()
                .unwrap()
                .into_iter()
                .filter(|d| d.kind != DirectiveKind::Escaped)
                .map(|d| {
                    let rustdoc = d.kind == DirectiveKind::RustdocInclude;
                    (page.resolve(&d.path), d.selection, rustdoc)
                })
                .collect()
        };
        assert_eq!(
            includes(&page),
            includes(&other),
            "includes of {} (left) and {} (right)",
            page.path.display(),
            other.path.display()
        );
    }
}

/// `## Title { #id }` → `(2, "id")`; every section heading needs an explicit id, the same in
/// both languages, so that a link (and the language switch) lands on the same section.
fn section_ids(page: &Page) -> Vec<(usize, String)> {
    page.headings()
        .into_iter()
        .map(|heading| {
            let id = heading.id.unwrap_or_else(|| {
                panic!(
                    "{}:{}: heading without an explicit `{{ #id }}`: {}",
                    page.path.display(),
                    heading.line,
                    heading.title
                )
            });
            (heading.level, id)
        })
        .collect()
}

#[test]
fn twins_have_the_same_sections() {
    for page in pages_in(CHINESE) {
        let other = twin(&page);
        assert_eq!(
            section_ids(&page),
            section_ids(&other),
            "section ids of {} (left) and {} (right)",
            page.path.display(),
            other.path.display()
        );
    }
}

/// Twins state the same numbers: in each section (matched by id, and the text before the first
/// heading), the numbers written in digits in the prose of both twins are the same, as many times
/// each. A number written in digits in one language is written in digits in the other; numbers
/// written in words (两个, three, 第一, first) are not compared. CONTRIBUTING.md has the rules;
/// `book::visible_text` and `book::numbers_in` say what counts as prose and as a number.
#[test]
fn twins_state_the_same_numbers_in_each_section() {
    // Section id → number → the lines it is on, in order of the page.
    type Numbers = BTreeMap<String, BTreeMap<String, Vec<usize>>>;
    let numbers = |page: &Page| -> Numbers {
        let mut numbers = Numbers::new();
        for section in page.sections() {
            let found = numbers.entry(section.id).or_default();
            for (line, prose) in &section.prose {
                for number in book::numbers_in(prose) {
                    found.entry(number).or_default().push(*line);
                }
            }
        }
        numbers
    };
    let lines = |lines: &[usize]| {
        let lines: Vec<String> = lines.iter().map(usize::to_string).collect();
        let word = if lines.len() == 1 { "line" } else { "lines" };
        format!("{word} {}", lines.join(", "))
    };
    let mut mismatches = Vec::new();
    for page in pages_in(CHINESE) {
        let other = twin(&page);
        let (zh, en) = (numbers(&page), numbers(&other));
        let ids: BTreeSet<&String> = zh.keys().chain(en.keys()).collect();
        for id in ids {
            let none = BTreeMap::new();
            let (here, there) = (zh.get(id).unwrap_or(&none), en.get(id).unwrap_or(&none));
            let only = [(&page, here, there), (&other, there, here)].map(|(page, a, b)| {
                let extra: Vec<String> = a
                    .iter()
                    .filter(|(number, at)| b.get(*number).map_or(0, Vec::len) < at.len())
                    .map(|(number, at)| match b.get(number) {
                        None => format!("{number} ({})", lines(at)),
                        Some(other) => format!(
                            "{number} ({}: {} times here, {} in the twin)",
                            lines(at),
                            at.len(),
                            other.len()
                        ),
                    })
                    .collect();
                (page.path.display().to_string(), extra)
            });
            if only.iter().all(|(_, extra)| extra.is_empty()) {
                continue;
            }
            let section = if id.is_empty() {
                "the text before the first heading".to_owned()
            } else {
                format!("section #{id}")
            };
            mismatches.push(format!("{} and its twin, {section}:", page.path.display()));
            for (path, extra) in only.iter().filter(|(_, extra)| !extra.is_empty()) {
                mismatches.push(format!("    only in {path}: {}", extra.join(", ")));
            }
        }
    }
    assert!(
        mismatches.is_empty(),
        "twins state different numbers (write each number in digits in both languages, or in \
         words in both; see CONTRIBUTING.md):\n{}",
        mismatches.join("\n")
    );
}

#[test]
fn every_listing_is_shown_in_both_languages() {
    let root = root();
    for language in LANGUAGES {
        let shown: BTreeSet<PathBuf> = pages_in(language)
            .iter()
            .flat_map(|page| {
                page.directives()
                    .unwrap()
                    .into_iter()
                    .map(|d| page.resolve(&d.path))
            })
            .collect();
        for listing in book::listing_dirs(&root) {
            // An exercise's copy of a listing's library is shown where that library is.
            let copy =
                book::starting_code_original(&root, &listing).map(|_| listing.join("src/lib.rs"));
            for file in book::source_files(&root, &listing) {
                assert!(
                    shown.contains(&file) || copy.as_ref() == Some(&file),
                    "{} is not shown in {}",
                    file.display(),
                    language.part
                );
            }
            let output = listing.join("output.txt");
            if root.join(&output).exists() {
                assert!(
                    shown.contains(&output),
                    "{} is not shown in {}",
                    output.display(),
                    language.part
                );
            }
        }
    }
}

/// An exercise that changes a listing's library starts from a copy of it, unchanged: the book
/// shows the original, and the exercise's `src/lib.rs` must still be it, byte for byte.
#[test]
fn exercise_starting_copies_are_their_originals_unchanged() {
    let root = root();
    let mut copies = 0;
    for listing in book::listing_dirs(&root) {
        let Some(original) = book::starting_code_original(&root, &listing) else {
            continue;
        };
        let read = |path: &Path| {
            std::fs::read_to_string(root.join(path))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        let copy = listing.join("src/lib.rs");
        assert_eq!(
            read(&original),
            read(&copy),
            "{} (right) is no longer a copy of {} (left)",
            copy.display(),
            original.display()
        );
        copies += 1;
    }
    assert!(copies >= 2, "only {copies} starting copies found");
}

#[test]
fn listing_crates_are_named_after_their_directories() {
    let root = root();
    let chapter_pages: BTreeSet<String> = pages_in(ENGLISH)
        .iter()
        .map(|p| p.path.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    for listing in book::listing_dirs(&root) {
        let dir_name = listing.file_name().unwrap().to_str().unwrap();
        let chapter = book::listing_chapter(&listing);
        let manifest = std::fs::read_to_string(root.join(&listing).join("Cargo.toml")).unwrap();
        assert!(
            manifest.contains(&format!("name = \"{dir_name}\"")),
            "{}: the package must be named `{dir_name}`",
            listing.display()
        );
        assert!(
            chapter_pages.contains(&chapter),
            "{}: no chapter page `{chapter}.md`",
            listing.display()
        );
        let (_, number) = book::listing_number(dir_name).unwrap_or_else(|| {
            panic!(
                "{}: not named listing-NN-MM, exercise-NN-MM or solution-NN-MM",
                listing.display()
            )
        });
        assert!(
            chapter.starts_with(&format!("ch{}-", number.split('-').next().unwrap())),
            "{}: listing number and chapter disagree",
            listing.display()
        );
    }
}

/// Every Rust block shows one listing file, so that every line of Rust in the book is a
/// compiled, tested program; `compile_fail` blocks are exactly the compile-fail listings.
#[test]
fn rust_blocks_show_listing_files_only() {
    let root = root();
    for page in pages() {
        for block in page.code_blocks().into_iter().filter(|b| b.is_rust()) {
            let at = format!("{}:{}", page.path.display(), block.line);
            let directives = book_support::mdbook::directives(&block.body).unwrap();
            assert!(
                directives.len() == 1 && block.body.trim() == directives[0].text,
                "{at}: a Rust block must be exactly one include of a listing file"
            );
            let target = page.resolve(&directives[0].path);
            let listing = book::listing_of(&target)
                .unwrap_or_else(|| panic!("{at}: {} is not in a listing", target.display()));
            assert_eq!(
                block.has_attribute("compile_fail"),
                book::is_compile_fail_listing(&root, &listing),
                "{at}: `compile_fail` on the block and a compile-fail listing go together"
            );
        }
    }
}

/// Every Python block is one `{{#include}}` of a file in its chapter's
/// `listings/<chapter>/python/`, and every such file is shown in both languages: all the Python in
/// the book is a file that tests/python.rs runs.
#[test]
fn python_blocks_include_the_chapters_python_files_in_both_languages() {
    let mut shown: BTreeMap<&str, BTreeSet<PathBuf>> = BTreeMap::new();
    for page in pages() {
        let chapter = page
            .path
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let python_dir = Path::new("listings").join(&chapter).join("python");
        for block in page
            .code_blocks()
            .into_iter()
            .filter(|b| b.has_attribute("python"))
        {
            let at = format!("{}:{}", page.path.display(), block.line);
            let directives = book_support::mdbook::directives(&block.body).unwrap_or_default();
            let [directive] = &directives[..] else {
                panic!(
                    "{at}: a Python block must be exactly one include of a file in {}/",
                    python_dir.display()
                );
            };
            assert!(
                directive.kind == DirectiveKind::Include && block.body.trim() == directive.text,
                "{at}: a Python block must be exactly one include of a file in {}/",
                python_dir.display()
            );
            let target = page.resolve(&directive.path);
            assert!(
                target.parent() == Some(python_dir.as_path())
                    && target.extension().is_some_and(|e| e == "py"),
                "{at}: {} is not a .py file in {}/",
                target.display(),
                python_dir.display()
            );
            let language = page.language().map_or("(no language)", |l| l.part);
            shown.entry(language).or_default().insert(target);
        }
    }
    for file in book_support::python::scripts_on_disk() {
        let file = Path::new("listings").join(file);
        for language in LANGUAGES {
            assert!(
                shown
                    .get(language.part)
                    .is_some_and(|files| files.contains(&file)),
                "{} is not shown in {}",
                file.display(),
                language.part
            );
        }
    }
}

/// Captions: `<figure class="listing" id="listing-15-2">` with "示例 15-2" / "Listing 15-2",
/// numbered in order on each page, naming the file that the figure's code block includes.
/// Exercises likewise (`starting-code-16-1`, "练习 16-1" / "Exercise 16-1"), each followed by
/// its solution (`solution-16-1`) folded inside `<details>`.
#[test]
fn listing_captions_agree_with_what_they_show() {
    for language in LANGUAGES {
        for page in pages_in(language) {
            let Some(chapter) = page.chapter() else {
                continue;
            };
            let (mut listings, mut exercises) = (0, 0);
            for figure in page.figures() {
                let at = format!("{}:{}", page.path.display(), figure.line);
                let count = match figure.kind {
                    ListingKind::Listing => {
                        listings += 1;
                        listings
                    }
                    ListingKind::Exercise => {
                        exercises += 1;
                        exercises
                    }
                    ListingKind::Solution => exercises,
                };
                let number = format!("{chapter}-{count}");
                let prefix = figure.kind.figure_id_prefix();
                assert_eq!(figure.id, format!("{prefix}-{number}"), "{at}: figure id");
                assert_eq!(
                    figure.number,
                    format!("{} {number}", figure.kind.word(language)),
                    "{at}: caption number"
                );
                assert_eq!(
                    figure.folded,
                    figure.kind == ListingKind::Solution,
                    "{at}: solutions, and only they, are folded in <details>"
                );
                let directives = book_support::mdbook::directives(&figure.body).unwrap();
                let shown = directives
                    .first()
                    .map(|d| page.resolve(&d.path))
                    .unwrap_or_else(|| panic!("{at}: the figure includes no file"));
                assert_eq!(
                    PathBuf::from(&figure.file),
                    shown,
                    "{at}: caption file vs the file the figure shows"
                );
                let listing = book::listing_of(&shown).unwrap();
                let dir_name = listing.file_name().unwrap().to_str().unwrap();
                assert_eq!(
                    book::listing_number(dir_name),
                    Some((figure.kind, number.clone())),
                    "{at}: {} shown as {prefix} {number}",
                    listing.display()
                );
            }
        }
    }
}

/// One idea per listing: the reader sees at most 80 lines of a block (the hidden `# ` lines of a
/// `{{#rustdoc_include}}` not counted). Longer code is shown in parts, or what is not the lesson
/// moves into a crate the listing depends on.
/// A rendered Rust block shows at most 80 lines (hidden `# ` lines not counted), and at most 60 in
/// a chapter's "Beyond the lesson", whose code stays as focused as the first chapters'.
#[test]
fn rust_blocks_show_at_most_80_lines_60_beyond_the_lesson() {
    let root = root();
    for page in pages() {
        let beyond = beyond_the_lesson(&page).map_or(usize::MAX, |heading| heading.line);
        for (block, expanded) in page.rust_blocks(&root).unwrap() {
            let most = if block.line > beyond { 60 } else { 80 };
            let visible = expanded
                .trim_end()
                .lines()
                .filter(|line| {
                    let line = line.trim_start();
                    !line.starts_with("# ") && line != "#"
                })
                .count();
            assert!(
                visible <= most,
                "{}:{}: the block shows {visible} lines, more than {most}",
                page.path.display(),
                block.line
            );
        }
    }
}

/// The course's last lesson: chapters 15 to 23 each follow one.
const LAST_LESSON: u32 = 23;

/// A chapter page's "Beyond the lesson" heading, if it has one.
fn beyond_the_lesson(page: &Page) -> Option<book::Heading> {
    page.headings()
        .into_iter()
        .find(|h| h.level == 2 && h.id.as_deref() == Some("beyond-the-lesson"))
}

/// Each chapter closes with what the reader meets next beyond the lesson, marked as such: its last
/// `##` section, after the exercises, is "Beyond the lesson" / "课外延伸", and its first paragraph
/// says where the lesson ends ("Lesson 16 ends here." / "第 16 课到此为止。"). Chapter 24 follows
/// no lesson (`LAST_LESSON`): it puts them together, and ends with its exercises.
#[test]
fn every_chapter_closes_with_beyond_the_lesson() {
    for page in pages() {
        let Some(chapter) = page.chapter().filter(|&c| c <= LAST_LESSON) else {
            continue;
        };
        let at = page.path.display();
        let (title, marker) = match page.language() {
            Some(CHINESE) => ("课外延伸", format!("第 {chapter} 课到此为止。")),
            _ => ("Beyond the lesson", format!("Lesson {chapter} ends here.")),
        };
        let sections: Vec<book::Heading> = page
            .headings()
            .into_iter()
            .filter(|h| h.level == 2)
            .collect();
        let ids: Vec<&str> = sections.iter().filter_map(|h| h.id.as_deref()).collect();
        assert!(
            ids.ends_with(&["exercises", "beyond-the-lesson"]),
            "{at}: the last two sections are `exercises` and `beyond-the-lesson`, not {:?}",
            &ids[ids.len().saturating_sub(2)..]
        );
        let heading = sections.last().unwrap();
        assert_eq!(heading.title, title, "{at}:{}: the heading", heading.line);
        let section = page
            .sections()
            .into_iter()
            .find(|s| s.id == "beyond-the-lesson")
            .unwrap();
        let first = section
            .prose
            .iter()
            .skip(1)
            .find(|(_, text)| !text.trim().is_empty());
        assert!(
            first.is_some_and(|(_, text)| text.trim_start().starts_with(&marker)),
            "{at}:{}: the section's first paragraph starts with `{marker}`",
            heading.line
        );
    }
}

/// mdBook shows a whole-file `{{#include}}` as it is, ANCHOR comments and all; a file with
/// anchors is shown in parts, with `{{#rustdoc_include file:anchor}}`.
#[test]
fn files_shown_whole_have_no_anchor_lines() {
    let root = root();
    for page in pages() {
        for directive in page.directives().unwrap() {
            let whole =
                directive.kind == DirectiveKind::Include && directive.selection == Selection::All;
            let target = page.resolve(&directive.path);
            let text = std::fs::read_to_string(root.join(&target)).unwrap();
            assert!(
                !(whole && text.contains("ANCHOR")),
                "{}:{}: {} has ANCHOR lines, which the reader would see",
                page.path.display(),
                directive.line,
                target.display()
            );
        }
    }
}

/// The table of contents names each page by its own title.
#[test]
fn summary_titles_are_the_pages_titles() {
    let root = root();
    let summary = book::summary(&root);
    for entry in summary.parts.iter().flat_map(|(_, entries)| entries) {
        let page = Page::read(&root, Path::new("src").join(&entry.path));
        let title = page
            .text
            .lines()
            .next()
            .unwrap_or("")
            .trim_start_matches("# ");
        assert_eq!(entry.title, title, "SUMMARY.md entry for {}", entry.path);
    }
}

/// `theme/` only adds to mdBook's theme: a file named like one of mdBook's own (`book.js`,
/// `index.hbs`, `css/general.css`, …) would silently replace it. Every file there is loaded
/// through `additional-css` / `additional-js`.
#[test]
fn theme_files_add_to_mdbook_and_replace_nothing() {
    const MDBOOK_THEME_FILES: &[&str] = &[
        "index.hbs",
        "head.hbs",
        "header.hbs",
        "redirect.hbs",
        "toc.html.hbs",
        "toc.js.hbs",
        "book.js",
        "highlight.js",
        "clipboard.min.js",
        "elasticlunr.min.js",
        "mark.min.js",
        "searcher.js",
        "favicon.png",
        "favicon.svg",
        "chrome.css",
        "general.css",
        "print.css",
        "variables.css",
        "highlight.css",
        "ayu-highlight.css",
        "tomorrow-night.css",
    ];
    let root = root();
    let config = std::fs::read_to_string(root.join("book.toml")).unwrap();
    for entry in std::fs::read_dir(root.join("theme")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        assert!(
            !MDBOOK_THEME_FILES.contains(&name.as_str()) && name != "css" && name != "fonts",
            "theme/{name} would replace mdBook's own theme file"
        );
        assert!(
            config.contains(&format!("\"theme/{name}\"")),
            "theme/{name} is not loaded by book.toml's additional-css or additional-js"
        );
    }
}

/// Diagrams: each page shows its own language's copy (`x.zh.svg` / `x.en.svg`), both twins the
/// same diagrams in the same order, every SVG is shown, Chinese copies carry Chinese text and
/// English copies none, and no SVG loads anything from another host.
#[test]
fn diagrams_are_drawn_in_both_languages() {
    let root = root();
    let images_of = |page: &Page, language: Language| -> Vec<String> {
        let suffix = format!(".{}.svg", language.dir);
        page.text
            .split("src=\"../images/")
            .skip(1)
            .map(|rest| {
                let name = &rest[..rest.find('"').unwrap()];
                let stem = name.strip_suffix(&suffix).unwrap_or_else(|| {
                    panic!("{}: {name} is not a {suffix} image", page.path.display())
                });
                stem.to_owned()
            })
            .collect()
    };
    let mut shown = BTreeSet::new();
    for page in pages_in(CHINESE) {
        let other = twin(&page);
        let zh = images_of(&page, CHINESE);
        assert_eq!(
            zh,
            images_of(&other, ENGLISH),
            "diagrams of {}",
            page.path.display()
        );
        shown.extend(zh);
    }
    let mut on_disk = BTreeSet::new();
    for entry in std::fs::read_dir(root.join("src/images")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let svg = std::fs::read_to_string(root.join("src/images").join(&name)).unwrap();
        let chinese = svg.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        if let Some(stem) = name.strip_suffix(".zh.svg") {
            assert!(chinese, "{name} has no Chinese text");
            on_disk.insert(stem.to_owned());
        } else if let Some(stem) = name.strip_suffix(".en.svg") {
            assert!(!chinese, "{name} has Chinese text");
            on_disk.insert(stem.to_owned());
        } else {
            panic!("src/images/{name}: diagrams are named <name>.zh.svg / <name>.en.svg");
        }
        let external = svg
            .replace("\"http://www.w3.org/2000/svg\"", "")
            .replace("\"http://www.w3.org/1999/xlink\"", "");
        assert!(
            !external.contains("http://") && !external.contains("https://"),
            "{name} refers to another host"
        );
    }
    assert_eq!(
        shown, on_disk,
        "diagrams shown (left) and in src/images (right)"
    );
}

/// An id names one place on a page: section headings, figures and diagrams never share one.
#[test]
fn ids_are_unique_on_each_page() {
    for page in pages() {
        let mut seen = BTreeSet::new();
        for line in page.text.lines() {
            let heading_id = line
                .starts_with('#')
                .then(|| line.rsplit_once("{ #"))
                .flatten()
                .and_then(|(_, rest)| rest.strip_suffix(" }"));
            let figure_id = line
                .starts_with("<figure ")
                .then(|| line.split_once(" id=\""))
                .flatten()
                .and_then(|(_, rest)| rest.split('"').next());
            for id in heading_id.into_iter().chain(figure_id) {
                assert!(
                    seen.insert(id.to_owned()),
                    "{}: the id `{id}` is used twice",
                    page.path.display()
                );
            }
        }
    }
}

/// Every listing whose `main` is `#[tokio::main] async fn main` is also run, as it is, on tokio's
/// paused clock, where a test checks when it prints each line (`listing_on_paused_clock!`, see
/// CONTRIBUTING.md). The exceptions, each with its reason, are checked on real runs instead; their
/// tests may still compile `main.rs` on the paused clock for its other functions, but never run
/// `main` there.
#[test]
fn every_async_main_runs_on_the_paused_clock() {
    const NOT_ON_THE_PAUSED_CLOCK: [(&str, &str); 15] = [
        // The paused clock does not see the time a blocked or computing thread takes.
        (
            "listing-21-05",
            "blocks a thread on purpose, then hands the sleep to spawn_blocking",
        ),
        (
            "exercise-21-02",
            "computes on the runtime's thread on purpose",
        ),
        (
            "solution-21-02",
            "computes on a thread of spawn_blocking's pool",
        ),
        ("listing-21-09", "computes on rayon's threads"),
        (
            "listing-21-11",
            "block_in_place needs the multi-thread runtime; the paused clock runs on one thread",
        ),
        (
            "listing-23-11",
            "waits for a real Ctrl-C, which the paused clock cannot bring: tests/signal.rs sends \
             SIGINT to the real program, and tests/timing.rs runs its workers on the paused \
             clock with a token that the test cancels",
        ),
        // Chapter 24's downloads wait for real connections, which the paused clock does not
        // wait for: it would jump to each attempt's timeout at once. Their tests run the real
        // program against image-server's scripted server (and send it a real SIGINT), and the
        // retries' timeline is checked on the paused clock with attempts that the test fakes.
        ("listing-24-01", "downloads over real connections"),
        ("listing-24-02", "downloads over real connections"),
        ("listing-24-03", "downloads over real connections"),
        (
            "listing-24-04",
            "downloads over real connections, until a real Ctrl-C",
        ),
        (
            "listing-24-05",
            "downloads over real connections, until a real Ctrl-C",
        ),
        ("exercise-24-01", "downloads over real connections"),
        ("solution-24-01", "downloads over real connections"),
        ("exercise-24-02", "downloads over real connections"),
        ("solution-24-02", "downloads over real connections"),
    ];
    let root = root();
    let mut missing = Vec::new();
    for listing in book::listing_dirs(&root) {
        let main = std::fs::read_to_string(root.join(&listing).join("src/main.rs"));
        // A listing that must not compile (Listing 21-6) never runs.
        let runs = !book::is_compile_fail_listing(&root, &listing);
        if !(runs && main.is_ok_and(|main| main.contains("#[tokio::main"))) {
            continue;
        }
        let name = listing.file_name().unwrap().to_string_lossy().into_owned();
        let tests = std::fs::read_dir(root.join(&listing).join("tests"))
            .into_iter()
            .flatten();
        let tests: Vec<String> = tests
            .flatten()
            .filter_map(|test| std::fs::read_to_string(test.path()).ok())
            .collect();
        let exempt = NOT_ON_THE_PAUSED_CLOCK.iter().find(|(n, _)| *n == name);
        let main = format!("{}/src/main.rs", listing.display());
        if let Some((_, why)) = exempt {
            let runs_main = |text: &String| {
                text.contains("timeline_of_main()") || text.contains("paused_main()")
            };
            if tests.iter().any(runs_main) {
                missing.push(format!(
                    "{main}, listed as not on the paused clock: it {why}"
                ));
            }
        } else if !tests
            .iter()
            .any(|text| text.contains("listing_on_paused_clock!(\"../src/main.rs\")"))
        {
            missing.push(main);
        }
    }
    assert!(
        missing.is_empty(),
        "async mains not run on the paused clock by their tests (or run there, though listed \
         as not running there): {missing:#?}"
    );
}
