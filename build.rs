//! Turns every Rust code block of the book, in both languages, into a skeptic test.
//!
//! 1. Each page's `{{#include}}` / `{{#rustdoc_include}}` directives are expanded exactly as
//!    mdBook expands them (`book_support::mdbook`); a missing file, anchor or line range fails
//!    the build with the page, line and path.
//! 2. Identical blocks are tested once: a listing shown in both languages costs one test.
//! 3. Each test is named after the listing it shows (`listing_15_02_spawn`), not after the page's
//!    heading and line, which skeptic would turn into unreadable, unstable names.
//! 4. One small Markdown file per block goes to skeptic, which compiles it as edition 2021
//!    against this package's dependencies. A block that shows a listing crate is only compiled
//!    here: running it is the job of that listing's own tests. A block from a listing's library
//!    (`src/lib.rs`, `src/worker.rs`) is compiled as a program too (see `as_program`).
//!    `compile_fail` blocks are left to tests/compile_fail.rs, since skeptic 0.14 does not
//!    understand that attribute.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use book_support::book::{self, Page};
use book_support::mdbook::{self, CodeBlock, DirectiveKind, Selection};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    println!("cargo::rerun-if-changed=src");
    detect_python3();

    let pages = book::pages(&root);
    let errors: Vec<String> = pages
        .iter()
        .flat_map(|page| page.check_directives(&root))
        .map(|error| error.to_string())
        .collect();
    if !errors.is_empty() {
        for error in &errors {
            println!("cargo::error={error}");
        }
        return;
    }

    // Compiled code → its test name; BTreeMap keeps the generated file stable between runs.
    let mut snippets: BTreeMap<String, Snippet> = BTreeMap::new();
    for page in &pages {
        for path in included_files(page, &root) {
            println!("cargo::rerun-if-changed={}", path.display());
        }
        let blocks = page
            .rust_blocks(&root)
            .expect("directives were checked above");
        for (block, expanded) in blocks {
            if block.has_attribute("compile_fail") {
                continue;
            }
            let (name, shows_listing, file) = describe(page, &block);
            let code = as_program(mdbook::compiled_text(&expanded), file.as_deref(), &root);
            if snippets.contains_key(&code) {
                continue;
            }
            snippets.insert(code, Snippet::new(name, shows_listing, &block));
        }
    }

    let files = write_snippets(&out_dir.join("book-snippets"), snippets);
    skeptic::generate_doc_tests(&files);
}

struct Snippet {
    name: String,
    info: String,
}

impl Snippet {
    fn new(name: String, shows_listing: bool, block: &CodeBlock) -> Snippet {
        let mut info = vec!["rust"];
        if shows_listing || block.has_attribute("no_run") {
            info.push("no_run");
        }
        for passed_on in ["should_panic", "ignore"] {
            if block.has_attribute(passed_on) {
                info.push(passed_on);
            }
        }
        Snippet {
            name,
            info: info.join(","),
        }
    }
}

/// A stable test name for a block, whether it shows a listing crate's code, and the file it
/// includes.
fn describe(page: &Page, block: &CodeBlock) -> (String, bool, Option<PathBuf>) {
    let first_include = mdbook::directives(&block.body)
        .unwrap_or_default()
        .into_iter()
        .find(|d| d.kind != DirectiveKind::Escaped);
    let Some(directive) = first_include else {
        let stem = page.path.with_extension("");
        return (
            format!("{}_line_{}", stem.display(), block.line),
            false,
            None,
        );
    };
    let target = page.resolve(&directive.path);
    let Some(listing) = book::listing_of(&target) else {
        let name = target.with_extension("").display().to_string();
        return (name, false, Some(target));
    };
    let mut name = listing.file_name().unwrap().to_string_lossy().into_owned();
    let stem = target.file_stem().unwrap().to_string_lossy();
    if stem != "main" {
        name = format!("{name}_{stem}");
    }
    match &directive.selection {
        Selection::All => {}
        Selection::Anchor(anchor) => name = format!("{name}_{anchor}"),
        Selection::Lines { start, end } => {
            let end = end.map_or(String::from("end"), |end| end.to_string());
            name = format!("{name}_lines_{}_{end}", start + 1);
        }
    }
    (name, true, Some(target))
}

/// skeptic compiles every block as a program. A block from a listing's library (any file but
/// `main.rs`) has no `main`: it gets an empty one, and each `mod name;` line takes in the
/// module's file, `name.rs` beside it, as the crate itself does.
fn as_program(code: String, file: Option<&Path>, root: &Path) -> String {
    let Some(file) = file.filter(|f| f.extension().is_some_and(|e| e == "rs")) else {
        return code;
    };
    if file.file_name().is_some_and(|name| name == "main.rs") {
        return code;
    }
    let dir = root.join(file.parent().unwrap_or(Path::new("")));
    let mut program = String::new();
    for line in code.lines() {
        let module = line.strip_prefix("pub ").unwrap_or(line);
        match module
            .strip_prefix("mod ")
            .and_then(|m| m.strip_suffix(';'))
        {
            Some(name) => {
                let path = dir.join(format!("{name}.rs"));
                println!("cargo::rerun-if-changed={}", path.display());
                let body =
                    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                let opening = line.trim_end_matches(';');
                program.push_str(&format!("{opening} {{\n{body}}}\n"));
            }
            None => program.push_str(&format!("{line}\n")),
        }
    }
    program + "\nfn main() {}\n"
}

/// The files a page includes, so that editing one reruns this script.
fn included_files(page: &Page, root: &Path) -> Vec<PathBuf> {
    page.directives()
        .unwrap_or_default()
        .into_iter()
        .filter(|d| d.kind != DirectiveKind::Escaped)
        .map(|d| root.join(page.resolve(&d.path)))
        .collect()
}

/// Writes one Markdown file per snippet (only when its content changed, so that cargo does not
/// see fresh files and rerun this script on every build) and returns their paths.
fn write_snippets(dir: &Path, snippets: BTreeMap<String, Snippet>) -> Vec<PathBuf> {
    fs::create_dir_all(dir).unwrap();
    let mut taken: BTreeMap<String, usize> = BTreeMap::new();
    let mut files = Vec::new();
    for (code, snippet) in snippets {
        let base = test_name(&snippet.name);
        let count = taken.entry(base.clone()).or_default();
        *count += 1;
        let name = match *count {
            1 => base,
            n => format!("{base}_{n}"),
        };
        let longest_backtick_run = code.split(|c| c != '`').map(str::len).max().unwrap_or(0);
        let fence = "`".repeat(longest_backtick_run.max(2) + 1);
        let markdown = format!("{fence}{}\n{code}\n{fence}\n", snippet.info);
        let path = dir.join(format!("{name}.md"));
        if fs::read_to_string(&path).ok().as_deref() != Some(markdown.as_str()) {
            fs::write(&path, markdown).unwrap();
        }
        files.push(path);
    }
    // Drop files left by blocks that no longer exist.
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if !files.contains(&path) {
            fs::remove_file(path).unwrap();
        }
    }
    files
}

/// Lowercase ASCII letters, digits and single underscores, starting with a letter.
fn test_name(raw: &str) -> String {
    let words: Vec<String> = raw
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let name = words.join("_");
    if name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        name
    } else {
        format!("block_{name}")
    }
}

/// tests/python.rs runs the book's Python under `python3`. If `python3` cannot be run, it sets
/// `cfg(no_python3)`, so that those tests are reported `ignored` (never `ok`); if it can, it
/// passes the interpreter that `python3` starts (its `sys.executable`) as `BOOK_PYTHON3`, so that
/// the tests start it directly, without going through a wrapper such as pyenv's shim each time.
/// A script that needs a newer Python than the machine has (`InterpreterPoolExecutor`, 3.14) is
/// reported `ignored` through `cfg(python_older_than_3_14)`.
fn detect_python3() {
    println!("cargo::rustc-check-cfg=cfg(no_python3)");
    println!("cargo::rustc-check-cfg=cfg(python_older_than_3_14)");
    println!("cargo::rerun-if-env-changed=PATH");
    let found = std::process::Command::new("python3")
        .args([
            "-c",
            "import sys; print(sys.executable); print(*sys.version_info[:2])",
        ])
        .output()
        .ok()
        .filter(|output| output.status.success())
        .map(|output| String::from_utf8_lossy(&output.stdout).into_owned());
    let mut lines = found.iter().flat_map(|text| text.lines());
    let (Some(path), Some(version)) = (lines.next().filter(|p| !p.is_empty()), lines.next()) else {
        println!("cargo::rustc-cfg=no_python3");
        return;
    };
    println!("cargo::rerun-if-changed={path}");
    println!("cargo::rustc-env=BOOK_PYTHON3={path}");
    let version: Vec<u32> = version.split(' ').filter_map(|n| n.parse().ok()).collect();
    if version < vec![3, 14] {
        println!("cargo::rustc-cfg=python_older_than_3_14");
    }
}
