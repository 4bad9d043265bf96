//! Reading the book's Markdown the way mdBook 0.5.4 reads it: fenced code blocks and the
//! `{{#include}}` / `{{#rustdoc_include}}` directives, with mdBook's own semantics (paths relative
//! to the page, `:anchor` and `:start:end` line selections, `ANCHOR` lines dropped from anchored
//! slices, hidden `# ` lines for `rustdoc_include`). build.rs and tests/ both use this module, so
//! the harness and the structure tests can never disagree about what a page contains.
//!
//! Stricter than mdBook on purpose: mdBook logs a missing file and renders a missing anchor as
//! nothing; here both are errors that name the page and line.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// How deep included files may include further files (mdBook's own limit).
const MAX_DEPTH: usize = 10;

/// A fenced code block as written on a page (before any directive in it is expanded).
#[derive(Debug, Clone)]
pub struct CodeBlock {
    /// 1-based line of the opening fence.
    pub line: usize,
    /// The info string, e.g. `rust,compile_fail`.
    pub info: String,
    /// The lines between the fences, as written.
    pub body: String,
    /// 1-based line of the closing fence.
    pub end: usize,
}

impl CodeBlock {
    /// The info string's words, split the way rustdoc (and skeptic) split them.
    pub fn attributes(&self) -> impl Iterator<Item = &str> {
        self.info
            .split(|c: char| !(c == '_' || c == '-' || c.is_alphanumeric()))
            .filter(|word| !word.is_empty())
    }

    pub fn has_attribute(&self, name: &str) -> bool {
        self.attributes().any(|word| word == name)
    }

    pub fn is_rust(&self) -> bool {
        self.has_attribute("rust")
    }

    /// 1-based page line of the body's first line.
    pub fn body_line(&self) -> usize {
        self.line + 1
    }
}

/// Every fenced code block on a page. Fences may be indented by up to three spaces; a block
/// closes at a fence of the same character that is at least as long.
pub fn code_blocks(page: &str) -> Vec<CodeBlock> {
    let mut blocks = Vec::new();
    let mut open: Option<(usize, char, usize, String, Vec<&str>)> = None;
    for (index, line) in page.lines().enumerate() {
        let trimmed = line.trim_start_matches(' ');
        let indent = line.len() - trimmed.len();
        let fence_char = trimmed.chars().next().filter(|c| *c == '`' || *c == '~');
        let fence_len = fence_char.map_or(0, |c| trimmed.chars().take_while(|x| *x == c).count());
        let is_fence = indent <= 3 && fence_len >= 3;
        match &mut open {
            None if is_fence => {
                let info = trimmed[fence_len..].trim().to_owned();
                open = Some((index + 1, fence_char.unwrap(), fence_len, info, Vec::new()));
            }
            None => {}
            Some((start, ch, len, info, body)) => {
                let closes = is_fence
                    && fence_char == Some(*ch)
                    && fence_len >= *len
                    && trimmed[fence_len..].trim().is_empty();
                if closes {
                    blocks.push(CodeBlock {
                        line: *start,
                        info: std::mem::take(info),
                        body: body.join("\n"),
                        end: index + 1,
                    });
                    open = None;
                } else {
                    body.push(line);
                }
            }
        }
    }
    blocks
}

/// Which lines of a file a directive takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// `file`: the whole file.
    All,
    /// `file:start:end` and its short forms, as 0-based `start..end`.
    Lines { start: usize, end: Option<usize> },
    /// `file:name`: the lines between `ANCHOR: name` and `ANCHOR_END: name`.
    Anchor(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DirectiveKind {
    Include,
    RustdocInclude,
    /// `\{{#…}}`: shown literally, without the backslash.
    Escaped,
}

/// One `{{#…}}` on a page.
#[derive(Debug, Clone)]
pub struct Directive {
    pub kind: DirectiveKind,
    /// The path as written, relative to the page's directory.
    pub path: String,
    pub selection: Selection,
    /// Byte range of the whole directive in the text it was found in.
    pub span: std::ops::Range<usize>,
    /// 1-based line in the text it was found in.
    pub line: usize,
    /// The directive exactly as written.
    pub text: String,
}

/// An error found while reading a page, located at a page line.
#[derive(Debug, Clone)]
pub struct BookError {
    pub page: PathBuf,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for BookError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.page.display(), self.line, self.message)
    }
}

/// Every directive in `text`, or a message for one this harness cannot honour.
pub fn directives(text: &str) -> Result<Vec<Directive>, (usize, String)> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(offset) = text[from..].find("{{") {
        let start = from + offset;
        let line = text[..start].matches('\n').count() + 1;
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        // `\{{#…}}` up to the last `}}` on the line, as mdBook's pattern does.
        if start > 0 && text.as_bytes()[start - 1] == b'\\' && text[start + 2..].starts_with('#') {
            if let Some(close) = text[start..line_end].rfind("}}") {
                let span = start - 1..start + close + 2;
                found.push(Directive {
                    kind: DirectiveKind::Escaped,
                    path: String::new(),
                    selection: Selection::All,
                    text: text[span.clone()].to_owned(),
                    span: span.clone(),
                    line,
                });
                from = span.end;
                continue;
            }
        }
        from = start + 2;
        let Some(parsed) = parse_directive(&text[start..]) else {
            continue;
        };
        let (name, argument, len) = parsed;
        let span = start..start + len;
        let kind = match name {
            "include" => DirectiveKind::Include,
            "rustdoc_include" => DirectiveKind::RustdocInclude,
            other => {
                return Err((
                    line,
                    format!("`{{{{#{other} …}}}}` is not supported by the book's harness"),
                ));
            }
        };
        let target = argument.split_whitespace().next().unwrap_or_default();
        let (path, selection) = match target.split_once(':') {
            Some((path, rest)) => (path, parse_selection(rest)),
            None => (target, Selection::All),
        };
        found.push(Directive {
            kind,
            path: path.to_owned(),
            selection,
            text: text[span.clone()].to_owned(),
            span: span.clone(),
            line,
        });
        from = span.end;
    }
    Ok(found)
}

/// `{{ #name argument }}` at the start of `s`: (name, argument, length), following mdBook's
/// pattern `\{\{\s*\#([a-zA-Z0-9_]+)\s+([^}]+)\}\}`.
fn parse_directive(s: &str) -> Option<(&str, &str, usize)> {
    let after_braces = s.strip_prefix("{{")?;
    let after_space = after_braces.trim_start();
    let after_hash = after_space.strip_prefix('#')?;
    let name_len = after_hash
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(after_hash.len());
    let (name, rest) = after_hash.split_at(name_len);
    if name.is_empty() || !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let argument_len = rest.find('}')?;
    if argument_len == 0 || !rest[argument_len..].starts_with("}}") {
        return None;
    }
    let consumed = s.len() - rest.len() + argument_len + 2;
    Some((name, &rest[..argument_len], consumed))
}

/// mdBook's `parse_range_or_anchor`: `3` is line 3, `3:` from line 3, `:7` up to line 7,
/// `3:7` lines 3 to 7 (1-based, inclusive); anything that is not a number is an anchor name.
fn parse_selection(rest: &str) -> Selection {
    let mut parts = rest.splitn(3, ':');
    let first = parts.next().unwrap_or("");
    let start = match first.parse::<usize>() {
        Ok(n) => Some(n.saturating_sub(1)),
        Err(_) if first.is_empty() => None,
        Err(_) => return Selection::Anchor(first.to_owned()),
    };
    let end = parts.next().map(str::parse::<usize>);
    match (start, end) {
        (Some(start), Some(Ok(end))) => Selection::Lines {
            start,
            end: Some(end),
        },
        (Some(start), Some(Err(_))) => Selection::Lines { start, end: None },
        (Some(start), None) => Selection::Lines {
            start,
            end: Some(start + 1),
        },
        (None, Some(Ok(end))) => Selection::Lines {
            start: 0,
            end: Some(end),
        },
        (None, _) => Selection::All,
    }
}

/// `ANCHOR: name` / `ANCHOR_END: name` anywhere on a line (mdBook's patterns).
fn anchor_on(line: &str, marker: &str) -> Option<String> {
    let at = line.find(marker)?;
    let name: String = line[at + marker.len()..]
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    (!name.is_empty()).then_some(name)
}

fn anchor_start(line: &str) -> Option<String> {
    anchor_on(line, "ANCHOR:")
}

fn anchor_end(line: &str) -> Option<String> {
    anchor_on(line, "ANCHOR_END:")
}

/// The text a directive stands for, given the directory of the file it appears in.
pub fn expand_directive(directive: &Directive, base: &Path) -> Result<String, String> {
    if directive.kind == DirectiveKind::Escaped {
        return Ok(directive.text[1..].to_owned());
    }
    let target = base.join(&directive.path);
    let content = fs::read_to_string(&target)
        .map_err(|e| format!("{}: cannot read `{}`: {e}", directive.text, directive.path))?;
    let rustdoc = directive.kind == DirectiveKind::RustdocInclude;
    select(&content, &directive.selection, rustdoc)
        .map_err(|problem| format!("{}: {problem} `{}`", directive.text, directive.path))
}

/// The part of `content` a selection takes; `rustdoc` keeps the rest as hidden `# ` lines.
/// The error completes "… in `path`".
fn select(content: &str, selection: &Selection, rustdoc: bool) -> Result<String, String> {
    let lines: Vec<&str> = content.lines().collect();
    let taken: Vec<String> = match selection {
        Selection::All => lines.iter().map(|l| l.to_string()).collect(),
        Selection::Lines { start, end } => {
            let end = end.unwrap_or(lines.len());
            if end > lines.len() || *start >= end {
                return Err(format!(
                    "lines {}..={end} are not in the {} lines of",
                    start + 1,
                    lines.len()
                ));
            }
            lines
                .iter()
                .enumerate()
                .filter_map(|(i, l)| match ((*start..end).contains(&i), rustdoc) {
                    (true, _) => Some(l.to_string()),
                    (false, true) => Some(format!("# {l}")),
                    (false, false) => None,
                })
                .collect()
        }
        Selection::Anchor(name) => {
            if !lines
                .iter()
                .any(|l| anchor_start(l).as_deref() == Some(name))
            {
                return Err(format!("no `ANCHOR: {name}` in"));
            }
            if rustdoc {
                rustdoc_anchored_lines(&lines, name)
            } else {
                anchored_lines(&lines, name)
            }
        }
    };
    Ok(taken.join("\n"))
}

/// mdBook's `take_anchored_lines`: the first region of the anchor, without any ANCHOR lines.
fn anchored_lines(lines: &[&str], name: &str) -> Vec<String> {
    let mut taken = Vec::new();
    let mut inside = false;
    for line in lines {
        if inside {
            match anchor_end(line) {
                Some(end) if end == name => break,
                Some(_) => {}
                None if anchor_start(line).is_none() => taken.push(line.to_string()),
                None => {}
            }
        } else if anchor_start(line).as_deref() == Some(name) {
            inside = true;
        }
    }
    taken
}

/// mdBook's `take_rustdoc_include_anchored_lines`: the whole file, lines outside the anchor's
/// regions hidden with `# `, ANCHOR lines dropped.
fn rustdoc_anchored_lines(lines: &[&str], name: &str) -> Vec<String> {
    let mut taken = Vec::new();
    let mut inside = false;
    for line in lines {
        if inside {
            match anchor_end(line) {
                Some(end) if end == name => inside = false,
                Some(_) => {}
                None if anchor_start(line).is_none() => taken.push(line.to_string()),
                None => {}
            }
        } else if let Some(start) = anchor_start(line) {
            inside = start == name;
        } else if anchor_end(line).is_none() {
            taken.push(format!("# {line}"));
        }
    }
    taken
}

/// `text` with every directive replaced by what it stands for, recursively (an included file's
/// own directives are relative to that file). Errors carry the line in `text`.
pub fn expand(text: &str, base: &Path) -> Result<String, (usize, String)> {
    expand_at_depth(text, base, 0)
}

fn expand_at_depth(text: &str, base: &Path, depth: usize) -> Result<String, (usize, String)> {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for directive in directives(text)? {
        out.push_str(&text[copied..directive.span.start]);
        let expanded =
            expand_directive(&directive, base).map_err(|message| (directive.line, message))?;
        if directive.kind == DirectiveKind::Escaped || depth >= MAX_DEPTH {
            out.push_str(&expanded);
        } else {
            let nested_base = base.join(&directive.path);
            let nested_base = nested_base.parent().unwrap_or(base);
            let nested = expand_at_depth(&expanded, nested_base, depth + 1)
                .map_err(|(_, message)| (directive.line, message))?;
            out.push_str(&nested);
        }
        copied = directive.span.end;
    }
    out.push_str(&text[copied..]);
    Ok(out)
}

/// Rust code as the compiler sees it: rustdoc's hidden-line marker `# ` removed.
pub fn compiled_text(displayed: &str) -> String {
    displayed
        .lines()
        .map(|line| {
            let trimmed = line.trim_start();
            if let Some(rest) = trimmed.strip_prefix("# ") {
                rest
            } else if trimmed == "#" {
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "use std::thread;\n\
        // ANCHOR: body\n\
        fn main() {\n\
        // ANCHOR: inner\n\
        \x20   thread::spawn(|| {});\n\
        // ANCHOR_END: inner\n\
        }\n\
        // ANCHOR_END: body\n";

    fn lines(selection: Selection, rustdoc: bool) -> Vec<String> {
        select(FILE, &selection, rustdoc)
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn selections_parse_like_mdbook() {
        let lines = |start, end| Selection::Lines { start, end };
        assert_eq!(parse_selection("3"), lines(2, Some(3)));
        assert_eq!(parse_selection("3:"), lines(2, None));
        assert_eq!(parse_selection(":7"), lines(0, Some(7)));
        assert_eq!(parse_selection("3:7"), lines(2, Some(7)));
        assert_eq!(parse_selection(""), Selection::All);
        assert_eq!(parse_selection("spawn"), Selection::Anchor("spawn".into()));
    }

    #[test]
    fn an_anchor_takes_its_lines_without_any_anchor_lines() {
        assert_eq!(
            lines(Selection::Anchor("body".into()), false),
            ["fn main() {", "    thread::spawn(|| {});", "}"]
        );
    }

    #[test]
    fn rustdoc_include_hides_the_rest_and_drops_anchor_lines() {
        assert_eq!(
            lines(Selection::Anchor("inner".into()), true),
            [
                "# use std::thread;",
                "# fn main() {",
                "    thread::spawn(|| {});",
                "# }"
            ]
        );
        assert_eq!(
            lines(
                Selection::Lines {
                    start: 0,
                    end: Some(1)
                },
                true
            )[..2],
            ["use std::thread;", "# // ANCHOR: body"]
        );
    }

    #[test]
    fn a_whole_file_include_keeps_anchor_lines_as_mdbook_does() {
        assert_eq!(lines(Selection::All, false).len(), 8);
    }

    #[test]
    fn missing_anchors_and_lines_are_errors() {
        assert!(select(FILE, &Selection::Anchor("nope".into()), false).is_err());
        let past_the_end = Selection::Lines {
            start: 5,
            end: Some(20),
        };
        assert!(select(FILE, &past_the_end, false).is_err());
    }

    #[test]
    fn directives_are_found_with_lines_and_escapes() {
        let page =
            "a\n{{#include x.rs:body}}\n\\{{#include y.rs}}\n{{ #rustdoc_include  z.rs:2:4 }}";
        let found = directives(page).unwrap();
        let summary: Vec<_> = found
            .iter()
            .map(|d| (d.line, d.kind.clone(), d.path.as_str()))
            .collect();
        assert_eq!(
            summary,
            [
                (2, DirectiveKind::Include, "x.rs"),
                (3, DirectiveKind::Escaped, ""),
                (4, DirectiveKind::RustdocInclude, "z.rs"),
            ]
        );
        assert_eq!(found[1].text, "\\{{#include y.rs}}");
        assert!(directives("{{#playground a.rs}}").is_err());
    }

    #[test]
    fn code_blocks_close_only_on_a_matching_fence() {
        let page = "text\n````rust,no_run\n```\ninner\n````\n~~~\nx\n~~~";
        let blocks = code_blocks(page);
        assert_eq!(blocks.len(), 2);
        assert_eq!((blocks[0].line, blocks[0].end), (2, 5));
        assert_eq!(blocks[0].body, "```\ninner");
        assert!(blocks[0].is_rust() && blocks[0].has_attribute("no_run"));
        assert_eq!(blocks[1].body, "x");
    }
}
