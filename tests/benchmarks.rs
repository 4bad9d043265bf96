//! Appendix C quotes the saved benchmark results exactly: its tables and plots are what
//! `cargo run --example plot-benchmarks -- --from-saved` makes from
//! `benches/results/estimates.json`. (Nothing here runs a benchmark: `cargo bench` does.)

use std::fs;

use book_support::book::{self, LANGUAGES, root};
use pretty_assertions::assert_eq;

#[allow(dead_code)]
#[path = "../examples/plot-benchmarks/report.rs"]
mod report;

fn saved() -> report::Results {
    let path = root().join(report::SAVED);
    let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let json = serde_json::from_str(&text).unwrap();
    report::Results::from_json(&json).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_saved_results_have_every_benchmark_the_appendix_shows() {
    let results = saved();
    let mut ids: Vec<&String> = results.estimates.keys().collect();
    let mut expected = report::expected_ids(results.machine.cpus);
    expected.sort();
    ids.sort();
    assert_eq!(ids, expected.iter().collect::<Vec<_>>());
    for (id, e) in &results.estimates {
        assert!(
            0.0 < e.low && e.low <= e.median && e.median <= e.high && e.elements > 0,
            "{id}: {e:?}"
        );
    }
}

#[test]
fn the_tables_quote_the_saved_results() {
    let results = saved();
    let chapters = report::CHAPTER_TABLES.map(|(lang, page, _)| (lang, page));
    for (lang, page) in report::PAGES.into_iter().chain(chapters) {
        let text = fs::read_to_string(root().join(page)).unwrap();
        let filled = report::fill_page(&text, &report::page_fragments(&results, lang, page))
            .unwrap_or_else(|e| panic!("{page}: {e}"));
        assert_eq!(
            text,
            filled,
            "{page} (left) and the tables from {} (right): \
             run `cargo run --example plot-benchmarks -- --from-saved`",
            report::SAVED
        );
    }
}

#[test]
fn the_plots_are_drawn_from_the_saved_results() {
    let results = saved();
    for (lang, _) in report::PAGES {
        for (name, svg) in report::figures(&results, lang) {
            let path = root().join("src/images").join(&name);
            let on_disk = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert!(
                on_disk == svg,
                "src/images/{name} is not what {} gives: \
                 run `cargo run --example plot-benchmarks -- --from-saved`",
                report::SAVED
            );
        }
    }
}

/// The chapters whose listings record measured runs (`measured.txt`) link each such claim to
/// the appendix, in both languages; and every link to the appendix lands on one of its sections.
#[test]
fn speed_claims_link_to_the_appendix() {
    let root = root();
    let appendix = |dir: &str| {
        fs::read_to_string(root.join("src").join(dir).join("appendix-benchmarks.md")).unwrap()
    };
    for listing in book::listing_dirs(&root) {
        if !root.join(&listing).join("measured.txt").exists() {
            continue;
        }
        let chapter = book::listing_chapter(&listing);
        for language in LANGUAGES {
            let page = format!("src/{}/{chapter}.md", language.dir);
            let text = fs::read_to_string(root.join(&page)).unwrap();
            assert!(
                text.contains("](appendix-benchmarks.md#"),
                "{page} quotes {}'s measurements but does not link to Appendix C",
                listing.display()
            );
        }
    }
    let mut links = 0;
    for page in book::pages(&root) {
        let Some(language) = page.language() else {
            continue;
        };
        let sections = appendix(language.dir);
        for rest in page.text.split("](appendix-benchmarks.md#").skip(1) {
            let id = &rest[..rest.find(')').unwrap()];
            assert!(
                sections.contains(&format!("{{ #{id} }}")),
                "{}: no section `{id}` in Appendix C",
                page.path.display()
            );
            links += 1;
        }
    }
    assert!(links >= 10, "only {links} links to Appendix C");
}

#[test]
fn numbers_are_shown_with_three_significant_digits() {
    assert_eq!(report::num(1083.53), "1084");
    assert_eq!(report::num(54.18), "54.2");
    assert_eq!(report::num(5.351), "5.35");
    assert_eq!(report::num(0.2712), "0.271");
    assert_eq!(report::num(0.1), "0.100");
    assert_eq!(report::num(0.000_473_2), "0.000473");
}
