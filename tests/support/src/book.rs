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
/// chapters' directories.)
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
            dirs.push(listing.strip_prefix(root).unwrap().to_path_buf());
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
