//! The book's layout: where pages and listings live, the two languages, SUMMARY.md and the
//! listing figures on each page.

use std::fs;
use std::path::{Component, Path, PathBuf};

use crate::mdbook::{self, BookError, CodeBlock, Directive};

/// One of the book's two languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Language {
    /// Directory under `src/`, e.g. `zh`.
    pub dir: &'static str,
    /// The SUMMARY part heading for this language.
    pub part: &'static str,
    /// The caption word before a listing number: "示例 15-1" / "Listing 15-1".
    pub listing_word: &'static str,
    /// The caption word before an exercise number: "练习 16-1" / "Exercise 16-1".
    pub exercise_word: &'static str,
}

pub const CHINESE: Language = Language {
    dir: "zh",
    part: "中文",
    listing_word: "示例",
    exercise_word: "练习",
};
pub const ENGLISH: Language = Language {
    dir: "en",
    part: "English",
    listing_word: "Listing",
    exercise_word: "Exercise",
};
/// In SUMMARY order.
pub const LANGUAGES: [Language; 2] = [CHINESE, ENGLISH];

/// The repository root (the harness package's directory).
pub fn root() -> PathBuf {
    // This crate lives in tests/support.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    root.canonicalize().unwrap_or(root)
}

/// A page of the book: its path relative to the root (`src/en/ch15-threads.md`) and its text.
#[derive(Debug, Clone)]
pub struct Page {
    pub path: PathBuf,
    pub text: String,
}

impl Page {
    pub fn read(root: &Path, path: PathBuf) -> Page {
        let text = fs::read_to_string(root.join(&path))
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        Page { path, text }
    }

    /// The chapter number of a chapter page (`ch17-locks.md` → 17); `None` for other pages.
    pub fn chapter(&self) -> Option<u32> {
        let stem = self.path.file_stem()?.to_str()?;
        stem.strip_prefix("ch")?.split('-').next()?.parse().ok()
    }

    /// The language directory the page is in, if any.
    pub fn language(&self) -> Option<Language> {
        let dir = self.path.strip_prefix("src").ok()?.components().next()?;
        LANGUAGES
            .into_iter()
            .find(|lang| dir.as_os_str() == lang.dir)
    }

    /// The page's directory, which its include paths are relative to.
    pub fn dir(&self, root: &Path) -> PathBuf {
        root.join(self.path.parent().unwrap_or(Path::new("")))
    }

    /// An error at a line of this page.
    pub fn error(&self, line: usize, message: impl Into<String>) -> BookError {
        BookError {
            page: self.path.clone(),
            line,
            message: message.into(),
        }
    }

    pub fn code_blocks(&self) -> Vec<CodeBlock> {
        mdbook::code_blocks(&self.text)
    }

    /// Every include directive on the page, with page lines.
    pub fn directives(&self) -> Result<Vec<Directive>, BookError> {
        mdbook::directives(&self.text).map_err(|(line, message)| self.error(line, message))
    }

    /// The page's Rust code blocks, each with its body expanded as mdBook renders it.
    pub fn rust_blocks(&self, root: &Path) -> Result<Vec<(CodeBlock, String)>, BookError> {
        self.code_blocks()
            .into_iter()
            .filter(CodeBlock::is_rust)
            .map(|block| {
                let expanded = mdbook::expand(&block.body, &self.dir(root))
                    .map_err(|(line, message)| self.error(block.body_line() + line - 1, message))?;
                Ok((block, expanded))
            })
            .collect()
    }

    /// Checks that every directive on the page expands; returns every error found.
    pub fn check_directives(&self, root: &Path) -> Vec<BookError> {
        match self.directives() {
            Err(error) => vec![error],
            Ok(directives) => directives
                .iter()
                .filter_map(|d| {
                    mdbook::expand_directive(d, &self.dir(root))
                        .err()
                        .map(|message| self.error(d.line, message))
                })
                .collect(),
        }
    }

    /// A path written on this page (relative to the page), as a path relative to the root.
    pub fn resolve(&self, written: &str) -> PathBuf {
        lexically_clean(&self.path.parent().unwrap_or(Path::new("")).join(written))
    }

    /// The figures that show a listing, an exercise's starting code or its solution, in order.
    pub fn figures(&self) -> Vec<Figure> {
        let mut figures = Vec::new();
        let mut current: Option<Figure> = None;
        let mut in_details = false;
        for (index, line) in self.text.lines().enumerate() {
            in_details = (in_details || line.starts_with("<details>")) && line != "</details>";
            let opening = ListingKind::ALL.into_iter().find_map(|kind| {
                let id = line
                    .strip_prefix(&format!("<figure class=\"{}\" id=\"", kind.prefix()))?
                    .strip_suffix("\">")?;
                Some((kind, id))
            });
            if let Some((kind, id)) = opening {
                current = Some(Figure {
                    kind,
                    folded: in_details,
                    line: index + 1,
                    id: id.to_owned(),
                    number: String::new(),
                    file: String::new(),
                    body: String::new(),
                });
            } else if line == "</figure>" {
                figures.extend(current.take());
            } else if let Some(figure) = current.as_mut() {
                if let Some(number) = between(line, "<span class=\"listing-number\">", "</span>") {
                    figure.number = number;
                }
                if let Some(file) = between(line, "<span class=\"listing-file\">", "</span>") {
                    figure.file = file;
                }
                figure.body.push_str(line);
                figure.body.push('\n');
            }
        }
        figures
    }
}

/// What a listing crate is: a listing of a chapter, or an exercise's starting code or solution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListingKind {
    Listing,
    Exercise,
    Solution,
}

impl ListingKind {
    pub const ALL: [ListingKind; 3] = [Self::Listing, Self::Exercise, Self::Solution];

    /// The crate name's prefix, which is also the figure's class and id prefix.
    pub fn prefix(self) -> &'static str {
        match self {
            Self::Listing => "listing",
            Self::Exercise => "exercise",
            Self::Solution => "solution",
        }
    }

    /// The figure's id prefix: `listing-15-1`, `starting-code-16-1`, `solution-16-1`. (The
    /// exercise's own `###` heading has the id `exercise-16-1`.)
    pub fn figure_id_prefix(self) -> &'static str {
        match self {
            Self::Listing => "listing",
            Self::Exercise => "starting-code",
            Self::Solution => "solution",
        }
    }

    /// The word before the number in a caption.
    pub fn word(self, language: Language) -> &'static str {
        match self {
            Self::Listing => language.listing_word,
            Self::Exercise | Self::Solution => language.exercise_word,
        }
    }
}

/// `<figure class="listing" id="listing-15-1">` … `</figure>` on a page (or `exercise` /
/// `solution` in place of `listing`).
#[derive(Debug, Clone)]
pub struct Figure {
    pub kind: ListingKind,
    /// Inside `<details>`, which the reader opens to see it.
    pub folded: bool,
    /// 1-based line of `<figure …>`.
    pub line: usize,
    /// `listing-15-1`.
    pub id: String,
    /// The caption's number text, e.g. `示例 15-1` or `Listing 15-1`.
    pub number: String,
    /// The caption's file path, relative to the repository root.
    pub file: String,
    /// Everything between the figure's tags.
    pub body: String,
}

fn between(line: &str, open: &str, close: &str) -> Option<String> {
    let start = line.find(open)? + open.len();
    let end = start + line[start..].find(close)?;
    Some(line[start..end].to_owned())
}

/// Every Markdown page under `src/`, relative to the root, sorted.
pub fn pages(root: &Path) -> Vec<Page> {
    let mut paths = Vec::new();
    collect_markdown(&root.join("src"), &mut paths);
    paths.sort();
    paths
        .into_iter()
        .map(|path| {
            let relative = path.strip_prefix(root).unwrap().to_path_buf();
            Page::read(root, relative)
        })
        .collect()
}

fn collect_markdown(dir: &Path, found: &mut Vec<PathBuf>) {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_markdown(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "md") {
            found.push(path);
        }
    }
}

/// Every listing crate directory, `listings/<chapter>/<listing>`, relative to the root, sorted.
/// (`listings/` also holds crates that are not listings, such as `image-server`, beside the
/// chapters' directories; and a chapter's `python/` directory, its Python, is not a crate.)
pub fn listing_dirs(root: &Path) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    let chapters = sorted_subdirs(&root.join("listings"))
        .into_iter()
        .filter(|dir| {
            let name = dir.file_name().unwrap_or_default().to_string_lossy();
            name.starts_with("ch") && name[2..].starts_with(|c: char| c.is_ascii_digit())
        });
    for chapter in chapters {
        for listing in sorted_subdirs(&chapter) {
            if listing.join("Cargo.toml").is_file() {
                dirs.push(listing.strip_prefix(root).unwrap().to_path_buf());
            }
        }
    }
    dirs
}

/// A listing crate's Rust files (`src/main.rs`, and `src/lib.rs` and its modules where it has a
/// library), relative to the root, sorted.
pub fn source_files(root: &Path, listing: &Path) -> Vec<PathBuf> {
    let dir = root.join(listing).join("src");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .map(|path| path.strip_prefix(root).unwrap().to_path_buf())
        .collect();
    files.sort();
    files
}

/// The file that an exercise's `src/lib.rs` is a copy of, relative to the root: the starting
/// code of an exercise that changes a listing's library is that library, copied unchanged. Its
/// `Cargo.toml` names the original: `[package.metadata.book] starting-code = "../listing/src/lib.rs"`.
pub fn starting_code_original(root: &Path, listing: &Path) -> Option<PathBuf> {
    let manifest = fs::read_to_string(root.join(listing).join("Cargo.toml")).ok()?;
    let line = manifest
        .lines()
        .find_map(|l| l.strip_prefix("starting-code = "))?;
    Some(lexically_clean(
        &listing.join(line.trim().trim_matches('"')),
    ))
}

/// `a/b/../c/./d` → `a/c/d`, without looking at the file system.
fn lexically_clean(path: &Path) -> PathBuf {
    let mut clean = PathBuf::new();
    for part in path.components() {
        match part {
            Component::ParentDir => {
                clean.pop();
            }
            Component::CurDir => {}
            other => clean.push(other),
        }
    }
    clean
}

fn sorted_subdirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// The chapter a listing crate belongs to: `listings/ch15-threads/listing-15-01` → `ch15-threads`.
pub fn listing_chapter(listing: &Path) -> String {
    let chapter = listing
        .parent()
        .and_then(Path::file_name)
        .unwrap_or_default();
    chapter.to_string_lossy().into_owned()
}

/// The listing crate directory a path lies in (`listings/ch15-threads/listing-15-01`).
pub fn listing_of(path: &Path) -> Option<PathBuf> {
    let mut parts = path.components();
    (parts.next()?.as_os_str() == "listings").then_some(())?;
    let chapter = parts.next()?;
    let listing = parts.next()?;
    Some(Path::new("listings").join(chapter).join(listing))
}

/// A listing that the book shows failing to compile: it sits outside the workspace (its
/// Cargo.toml has a `[workspace]` table of its own) and tests/compile_fail.rs checks its error.
pub fn is_compile_fail_listing(root: &Path, listing: &Path) -> bool {
    fs::read_to_string(root.join(listing).join("Cargo.toml"))
        .is_ok_and(|manifest| manifest.lines().any(|line| line.trim() == "[workspace]"))
}

/// `listing-15-01` → (Listing, `15-1`), the number the reader sees; likewise `exercise-16-02`
/// and `solution-16-02`.
pub fn listing_number(listing_dir_name: &str) -> Option<(ListingKind, String)> {
    let (kind, rest) = ListingKind::ALL.into_iter().find_map(|kind| {
        let rest = listing_dir_name
            .strip_prefix(kind.prefix())?
            .strip_prefix('-')?;
        Some((kind, rest))
    })?;
    let (chapter, number) = rest.split_once('-')?;
    let chapter: u32 = chapter.parse().ok()?;
    let number: u32 = number.parse().ok()?;
    Some((kind, format!("{chapter}-{number}")))
}

/// One entry of SUMMARY.md.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryEntry {
    pub title: String,
    /// Relative to `src/`.
    pub path: String,
    /// 0 for top-level entries, 1 for their children, …
    pub depth: usize,
}

/// SUMMARY.md: the entries before the first part, then each part's heading and entries.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub prefix: Vec<SummaryEntry>,
    pub parts: Vec<(String, Vec<SummaryEntry>)>,
}

pub fn summary(root: &Path) -> Summary {
    let path = root.join("src/SUMMARY.md");
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut summary = Summary::default();
    for line in text.lines() {
        if let Some(title) = line.strip_prefix("# ") {
            let nothing_yet = summary.prefix.is_empty() && summary.parts.is_empty();
            if nothing_yet {
                continue; // the summary's own title, which mdBook ignores
            }
            summary.parts.push((title.trim().to_owned(), Vec::new()));
            continue;
        }
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let item = trimmed.strip_prefix("- ").unwrap_or(trimmed);
        let Some(link) = item.strip_prefix('[') else {
            continue;
        };
        let Some((title, rest)) = link.split_once("](") else {
            continue;
        };
        let entry = SummaryEntry {
            title: title.to_owned(),
            path: rest.trim_end_matches(')').to_owned(),
            depth: indent / 2,
        };
        match summary.parts.last_mut() {
            Some((_, entries)) => entries.push(entry),
            None => summary.prefix.push(entry),
        }
    }
    summary
}

/// A `##`, `###`, … heading of a page (the page's `#` title is not one), outside code blocks.
#[derive(Debug, Clone)]
pub struct Heading {
    /// 1-based page line.
    pub line: usize,
    /// 2 for `##`, 3 for `###`, …
    pub level: usize,
    /// The text after the `#`s, without the id.
    pub title: String,
    /// The explicit `{ #id }`, if the heading has one.
    pub id: Option<String>,
}

/// A part of a page: one heading and what follows it up to the next heading, or the text before
/// the first heading (the page's title and introduction).
#[derive(Debug, Clone)]
pub struct Section {
    /// The heading's id (its title if it has none, which tests/book.rs rejects); empty for the
    /// text before the first heading.
    pub id: String,
    /// 1-based line of the heading (1 for the text before the first heading).
    pub line: usize,
    /// What the reader reads, line by line, with 1-based page lines: see [`visible_text`].
    pub prose: Vec<(usize, String)>,
}

impl Page {
    /// Whether each line (0-based) is part of a fenced code block, fences included.
    fn code_lines(&self) -> Vec<bool> {
        let mut code = vec![false; self.text.lines().count()];
        for block in self.code_blocks() {
            code[block.line - 1..block.end].fill(true);
        }
        code
    }

    /// The page's `##`/`###`… headings, in order.
    pub fn headings(&self) -> Vec<Heading> {
        let code = self.code_lines();
        self.text
            .lines()
            .enumerate()
            .filter(|(index, _)| !code[*index])
            .filter_map(|(index, line)| {
                let level = line.chars().take_while(|c| *c == '#').count();
                let text = line[level..].strip_prefix(' ').filter(|_| level >= 2)?;
                let (title, id) = match text.rsplit_once("{ #") {
                    Some((title, rest)) if rest.ends_with(" }") => {
                        (title, Some(rest.trim_end_matches(" }").to_owned()))
                    }
                    _ => (text, None),
                };
                Some(Heading {
                    line: index + 1,
                    level,
                    title: title.trim().to_owned(),
                    id,
                })
            })
            .collect()
    }

    /// The page's sections with their prose: code blocks left out, each paragraph, table or
    /// HTML block reduced to its [`visible_text`], each heading to its title.
    pub fn sections(&self) -> Vec<Section> {
        let code = self.code_lines();
        let mut headings = self.headings().into_iter().peekable();
        let mut sections = vec![Section {
            id: String::new(),
            line: 1,
            prose: Vec::new(),
        }];
        // Consecutive lines of one paragraph (an inline code span may run over a line break).
        let mut paragraph: Vec<(usize, &str)> = Vec::new();
        let flush = |paragraph: &mut Vec<(usize, &str)>, section: &mut Section| {
            let Some(&(first, _)) = paragraph.first() else {
                return;
            };
            let joined: Vec<&str> = paragraph.iter().map(|(_, line)| *line).collect();
            let visible = visible_text(&joined.join("\n"));
            section.prose.extend(
                visible
                    .split('\n')
                    .enumerate()
                    .map(|(offset, text)| (first + offset, text.to_owned())),
            );
            paragraph.clear();
        };
        for (index, line) in self.text.lines().enumerate() {
            let number = index + 1;
            let section = sections.last_mut().unwrap();
            if let Some(heading) = headings.next_if(|h| h.line == number) {
                flush(&mut paragraph, section);
                sections.push(Section {
                    id: heading.id.unwrap_or_else(|| heading.title.clone()),
                    line: number,
                    prose: vec![(number, visible_text(&heading.title))],
                });
            } else if code[index] || line.trim().is_empty() {
                flush(&mut paragraph, section);
            } else {
                paragraph.push((number, line));
            }
        }
        flush(&mut paragraph, sections.last_mut().unwrap());
        sections
    }
}

/// What a reader reads of some Markdown (and the HTML in it), newlines kept so that lines still
/// line up. Left out, because they are not prose: `{{#include}}` directives, HTML comments and
/// tags with their attributes (ids, `src`, classes), inline code (`` `…` `` and
/// `<code>…</code>`), a listing figure's file path (`<span class="listing-file">`), and link
/// targets (`](…)`). Kept: all other text, a link's text, table cells, figcaptions, and an
/// image's alt text, which is what a screen reader reads (and what shows if the image fails to
/// load), so it is prose as much as a caption is. Entities are decoded.
pub fn visible_text(markdown: &str) -> String {
    let mut out = String::new();
    let mut rest = markdown;
    // What is left out still keeps its line breaks.
    let skip = |out: &mut String, rest: &mut &str, len: usize| {
        let len = len.min(rest.len());
        out.extend(rest[..len].matches('\n'));
        *rest = &rest[len..];
    };
    let until = |rest: &str, from: usize, end: &str| {
        rest[from..]
            .find(end)
            .map_or(rest.len(), |i| from + i + end.len())
    };
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("{{#") || rest.starts_with("\\{{#") {
            let len = until(rest, 0, "}}");
            skip(&mut out, &mut rest, len);
        } else if rest.starts_with("<!--") {
            let len = until(rest, 0, "-->");
            skip(&mut out, &mut rest, len);
        } else if c == '`' {
            let run = rest.len() - rest.trim_start_matches('`').len();
            match closing_backticks(&rest[run..], run) {
                Some(end) => skip(&mut out, &mut rest, run + end + run),
                None => {
                    out.push_str(&rest[..run]);
                    rest = &rest[run..];
                }
            }
        } else if c == '<' && rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') {
            let Some(close) = rest.find('>') else {
                out.push(c);
                rest = &rest[1..];
                continue;
            };
            let tag = &rest[..=close];
            let name: String = tag[1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let len = if name.eq_ignore_ascii_case("code") {
                until(rest, close, "</code>")
            } else if tag.contains("class=\"listing-file\"") {
                until(rest, close, "</span>")
            } else {
                if name.eq_ignore_ascii_case("img") {
                    if let Some(alt) = between(tag, "alt=\"", "\"") {
                        out.push(' ');
                        out.push_str(&decode_entities(&alt));
                        out.push(' ');
                    }
                }
                close + 1
            };
            skip(&mut out, &mut rest, len);
        } else if rest.starts_with("](") {
            out.push(']');
            let mut depth = 0;
            let end = rest[1..]
                .char_indices()
                .find(|&(_, c)| {
                    depth += match c {
                        '(' => 1,
                        ')' => -1,
                        _ => 0,
                    };
                    depth == 0
                })
                .map_or(rest.len(), |(i, _)| 1 + i + 1);
            skip(&mut out, &mut rest, end);
        } else if c == '\\' && rest[1..].starts_with(|c: char| c.is_ascii_punctuation()) {
            out.push_str(&rest[1..2]);
            rest = &rest[2..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    decode_entities(&out)
}

/// Where the inline code span that opened with `run` backticks closes in `after` (the text after
/// the opening backticks): at the next run of exactly `run` backticks, as CommonMark has it.
fn closing_backticks(after: &str, run: usize) -> Option<usize> {
    let mut from = 0;
    while let Some(start) = after[from..].find('`').map(|i| from + i) {
        let len = after[start..].len() - after[start..].trim_start_matches('`').len();
        if len == run {
            return Some(start);
        }
        from = start + len;
    }
    None
}

/// `&lt;`, `&amp;`, `&#39;`, `&#x2013;`, … as the characters they stand for.
pub fn decode_entities(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let entity = rest[1..]
            .find(';')
            .filter(|&end| end <= 10)
            .map(|end| &rest[1..=end]);
        let decoded = entity.and_then(|name| match name {
            "lt" => Some('<'),
            "gt" => Some('>'),
            "amp" => Some('&'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ => {
                let code = name.strip_prefix('#')?;
                let value = match code.strip_prefix(['x', 'X']) {
                    Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                    None => code.parse().ok()?,
                };
                char::from_u32(value)
            }
        });
        match (entity, decoded) {
            (Some(name), Some(c)) => {
                out.push(c);
                rest = &rest[name.len() + 2..];
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The numbers written in digits in a line of prose, in a canonical form, so that the two
/// languages' ways of writing the same number compare equal:
/// - digits, with a decimal part or more dotted parts (`0.2`, `3.12`, `0.5.4`);
/// - thousands separated by `,` or a thin space, which are dropped: `10,000` and `10000` are
///   `10000` (a plain space is not a separator: `1 000` is two numbers);
/// - a leading minus, `-` or `−`, kept as `-` (`-1`);
/// - numbers joined by a hyphen, an en or em dash or a tilde, without spaces, are one number with
///   `-` between: the listing number `17-4`, the ranges `15–23` and `0.2～0.3`;
/// - digits that are part of a word are not a number: `u64`, `x86_64`, `ch17`, `worker-0`,
///   `UTF-8`. Digits followed by letters are (`80ms`, `2x`, `1st`).
pub fn numbers_in(prose: &str) -> Vec<String> {
    let chars: Vec<char> = prose.chars().collect();
    let at = |i: usize| chars.get(i).copied().unwrap_or(' ');
    let digit = |i: usize| at(i).is_ascii_digit();
    let wordy = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '.';
    let mut numbers = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let before = if i == 0 { ' ' } else { chars[i - 1] };
        let joined_to_word =
            i >= 2 && before == '-' && (chars[i - 2].is_ascii_alphabetic() || chars[i - 2] == '_');
        if !digit(i) || wordy(before) || joined_to_word {
            i += 1;
            continue;
        }
        let minus = matches!(before, '-' | '−') && (i < 2 || !wordy(chars[i - 2]));
        let mut number = String::from(if minus { "-" } else { "" });
        loop {
            let mut dotted = false;
            while digit(i) {
                number.push(chars[i]);
                i += 1;
                let separator = matches!(at(i), ',' | '\u{2009}' | '\u{202f}');
                let group = separator && (1..=3).all(|k| digit(i + k)) && !digit(i + 4);
                if group && !dotted {
                    i += 1;
                } else if at(i) == '.' && digit(i + 1) {
                    dotted = true;
                    number.push('.');
                    i += 1;
                }
            }
            if matches!(at(i), '-' | '–' | '—' | '~' | '～') && digit(i + 1) {
                number.push('-');
                i += 1;
            } else {
                break;
            }
        }
        numbers.push(number);
    }
    numbers
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(markdown: &str) -> Vec<String> {
        numbers_in(&visible_text(markdown))
    }

    #[test]
    fn numbers_are_written_one_way() {
        assert_eq!(numbers("10,000 threads; 10000 个线程"), ["10000", "10000"]);
        assert_eq!(numbers("5,000,000 and 1,2,3"), ["5000000", "1", "2", "3"]);
        assert_eq!(
            numbers("0.2 s, 0.2 秒, mdBook 0.5.4."),
            ["0.2", "0.2", "0.5.4"]
        );
        assert_eq!(numbers("Listing 17-4, 示例 17-4"), ["17-4", "17-4"]);
        assert_eq!(numbers("lessons 15–23, 0.2～0.3 秒"), ["15-23", "0.2-0.3"]);
        assert_eq!(numbers("from -1 to −2, 3 - 1"), ["-1", "-2", "3", "1"]);
        assert_eq!(numbers("第17章 80ms 2-core 1st"), ["17", "80", "2", "1"]);
        assert_eq!(
            numbers("u64 x86_64 worker-0 UTF-8 v0.5"),
            Vec::<String>::new()
        );
        assert_eq!(numbers("两个线程, three threads"), Vec::<String>::new());
    }

    #[test]
    fn only_prose_holds_numbers() {
        let markdown = "See [Listing 17-4](ch17-locks.md#listing-17-4), `sleep(200)`, \
                        ``a ` 3``, <code>u8 = 255</code> and <!-- BENCH:2 --> \
                        <img src=\"ch22-1.svg\" alt=\"0.7 s\"> {{#include a-1.rs}}\n\
                        <figure id=\"listing-22-3\"><figcaption><span class=\"listing-number\">\
                        Listing 22-3</span>: x <span class=\"listing-file\">listings/ch22/\
                        listing-22-03/src/main.rs</span></figcaption> &#49;";
        assert_eq!(numbers(markdown), ["17-4", "0.7", "22-3", "1"]);
        assert_eq!(visible_text("a `b\nc` d\ne"), "a \n d\ne");
        assert_eq!(visible_text("1 ` 2"), "1 ` 2");
    }

    #[test]
    fn sections_run_from_heading_to_heading_without_code() {
        let page = Page {
            path: PathBuf::from("src/en/x.md"),
            text: "# Chapter 9\n\nIntro 1.\n\n## A `B` 2 { #a }\n\n```text\n3\n```\n\
                   4 and `5\n6` 7\n### C { #c }\n8"
                .to_owned(),
        };
        let sections: Vec<(String, usize, Vec<String>)> = page
            .sections()
            .into_iter()
            .map(|s| {
                let numbers = s.prose.iter().flat_map(|(_, l)| numbers_in(l)).collect();
                (s.id, s.line, numbers)
            })
            .collect();
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            sections,
            [
                (String::new(), 1, strings(&["9", "1"])),
                ("a".to_owned(), 5, strings(&["2", "4", "7"])),
                ("c".to_owned(), 12, strings(&["8"])),
            ]
        );
        let a = &page.sections()[1];
        assert_eq!(a.prose.last().unwrap(), &(11, " 7".to_owned()));
    }
}
