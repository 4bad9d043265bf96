//! Numbers that the prose states about a listing, tied to the listing by its tests.
//!
//! A listing's test computes a number from what the listing does (a count it printed, a sum, the
//! time of a line on tokio's paused clock) and asserts with [`assert_states`] that the chapter
//! says it. Change the listing, and the test fails; change the number in the prose, and the test
//! fails too. Both languages are checked: numbers are written in digits in both.

use std::path::{Path, PathBuf};

use crate::book::{LANGUAGES, Page, Section, listing_chapter, listing_number, numbers_in, root};

/// Asserts that the section of the chapter that shows the listing in `manifest_dir` (its
/// `CARGO_MANIFEST_DIR`) states each of `numbers`, in both languages. The section is the text
/// from the `##`/`###` heading above the listing's figure to the next heading; its numbers are
/// those its prose states, as [`numbers_in`] reads them (the rule by which twin pages are compared
/// too): `0.5` is in "ends at 0.5 s" and "0.5 秒", not in "10.5", "0.55" or `code`.
pub fn assert_states(manifest_dir: &str, numbers: &[impl AsRef<str>]) {
    let name = listing_name(manifest_dir);
    let (kind, number) =
        listing_number(&name).unwrap_or_else(|| panic!("{name} is not a listing crate"));
    let figure = format!("id=\"{}-{number}\"", kind.figure_id_prefix());
    for page in chapter_pages(manifest_dir) {
        let figure_line = 1 + page
            .text
            .lines()
            .position(|line| line.contains(&figure))
            .unwrap_or_else(|| panic!("{}: no figure {figure}", page.path.display()));
        let section = page
            .sections()
            .into_iter()
            .take_while(|section| section.line <= figure_line)
            .last()
            .expect("the text before the first heading is a section");
        let what = format!("the section that shows {name}");
        assert_section_has(&page, &section, &what, &name, numbers);
    }
}

/// Asserts, as [`assert_states`] does, that a section of the chapter of the listing in
/// `manifest_dir` states each of `numbers`, in both languages; here the section is the one whose
/// heading has the id `id` (`{ #id }`): for what the chapter says about a listing away from its
/// figure, such as the output of its `src/main.rs` or what its model check found.
pub fn assert_section_states(manifest_dir: &str, id: &str, numbers: &[impl AsRef<str>]) {
    let name = listing_name(manifest_dir);
    for page in chapter_pages(manifest_dir) {
        let section = page
            .sections()
            .into_iter()
            .find(|section| section.id == id)
            .unwrap_or_else(|| panic!("{}: no section {{ #{id} }}", page.path.display()));
        assert_section_has(
            &page,
            &section,
            &format!("the section {{ #{id} }}"),
            &name,
            numbers,
        );
    }
}

fn listing_name(manifest_dir: &str) -> String {
    let name = Path::new(manifest_dir).file_name().unwrap();
    name.to_string_lossy().into_owned()
}

/// The listing's chapter, in each language.
fn chapter_pages(manifest_dir: &str) -> impl Iterator<Item = Page> {
    let root = root();
    let chapter = listing_chapter(Path::new(manifest_dir));
    LANGUAGES.into_iter().map(move |language| {
        let path = PathBuf::from("src")
            .join(language.dir)
            .join(format!("{chapter}.md"));
        Page::read(&root, path)
    })
}

fn assert_section_has(
    page: &Page,
    section: &Section,
    what: &str,
    listing: &str,
    numbers: &[impl AsRef<str>],
) {
    let stated: Vec<String> = section
        .prose
        .iter()
        .flat_map(|(_, text)| numbers_in(text))
        .collect();
    for wanted in numbers {
        let wanted = wanted.as_ref();
        assert!(
            stated.iter().any(|number| number == wanted),
            "{}:{}: {what} does not state {wanted}, which {listing} produces (it states \
             {stated:?})",
            page.path.display(),
            section.line,
        );
    }
}
