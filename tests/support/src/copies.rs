//! Code that one listing copies from another.
//!
//! Every listing is a complete program (skeptic compiles each one on its own), so a listing that
//! builds on an earlier one carries a copy of the earlier code, usually hidden in the book with
//! `{{#rustdoc_include file:anchor}}`. These checks keep each copy identical to its original.

use std::fs;
use std::path::Path;

/// A stretch of a listing's `src/main.rs`.
#[derive(Debug, Clone, Copy)]
pub enum Region<'a> {
    /// From the top of the file down to the line `// ANCHOR: <name>`, ANCHOR lines left out.
    Above(&'a str),
    /// The body of `mod <name> {` or `pub mod <name> {` … `}` at the top level of the file,
    /// de-indented.
    Module(&'a str),
}

/// The text of `region` in `source`, with trailing blank lines removed.
pub fn region(source: &str, region: Region) -> Result<String, String> {
    let lines: Vec<&str> = source.lines().collect();
    let mut taken: Vec<String> = match region {
        Region::Above(anchor) => {
            let marker = format!("// ANCHOR: {anchor}");
            let end = lines
                .iter()
                .position(|line| line.trim() == marker)
                .ok_or_else(|| format!("no `{marker}` line"))?;
            lines[..end]
                .iter()
                .filter(|line| !line.contains("ANCHOR"))
                .map(|line| line.to_string())
                .collect()
        }
        Region::Module(name) => {
            let opening = format!("mod {name} {{");
            let start = lines
                .iter()
                .position(|line| line.strip_prefix("pub ").unwrap_or(line) == opening)
                .ok_or_else(|| format!("no `{opening}` line at the top level"))?;
            let length = lines[start + 1..]
                .iter()
                .position(|line| *line == "}")
                .ok_or_else(|| format!("`{opening}` is never closed at the top level"))?;
            lines[start + 1..start + 1 + length]
                .iter()
                .map(|line| line.strip_prefix("    ").unwrap_or(line).to_string())
                .collect()
        }
    };
    while taken.last().is_some_and(|line| line.trim().is_empty()) {
        taken.pop();
    }
    Ok(taken.join("\n"))
}

/// Asserts that `copy_region` of the listing in `copy_dir` is `original_region` of the listing in
/// `original_dir`, line for line (both are `CARGO_MANIFEST_DIR`-style listing directories).
pub fn assert_copied(
    original_dir: &Path,
    original_region: Region,
    copy_dir: &Path,
    copy_region: Region,
) {
    let read = |dir: &Path, region_of: Region| -> String {
        let path = dir.join("src/main.rs");
        let source = fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        region(&source, region_of).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    };
    pretty_assertions::assert_eq!(
        read(original_dir, original_region),
        read(copy_dir, copy_region),
        "{:?} of {} (right) is no longer a copy of {:?} of {} (left)",
        copy_region,
        copy_dir.display(),
        original_region,
        original_dir.display()
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = "// ANCHOR: new\nuse std::thread;\n\n// ANCHOR_END: new\n\
        fn spawn() {}\n\n// ANCHOR: main\nfn main() {}\n// ANCHOR_END: main\n";
    const COPY: &str = "fn main() {}\n\n// A copy.\npub mod pool {\n    use std::thread;\n\n    \
        fn spawn() {}\n}\n";

    #[test]
    fn the_region_above_an_anchor_and_a_module_body_compare_equal() {
        let above = region(ORIGINAL, Region::Above("main")).unwrap();
        assert_eq!(above, "use std::thread;\n\nfn spawn() {}");
        assert_eq!(region(COPY, Region::Module("pool")).unwrap(), above);
    }

    #[test]
    fn missing_markers_are_errors() {
        assert!(region(ORIGINAL, Region::Above("nope")).is_err());
        assert!(region(COPY, Region::Module("web")).is_err());
        assert!(region("mod web {\n    fn f() {}\n", Region::Module("web")).is_err());
    }
}
