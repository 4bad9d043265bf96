//! Numbers that a chapter quotes from a benchmark listing.
//!
//! A benchmark's output changes from run to run, so it has no `output.txt`. Instead its listing
//! keeps the release runs the chapter's numbers come from in `measured.txt` (a header of `#`
//! lines naming the command and the machine, then each run's output, separated by blank lines),
//! and its test checks that both languages' pages quote each table row's medians.

use std::fs;
use std::path::Path;

use crate::book::{LANGUAGES, root};
use crate::run::normalise;

/// The runs recorded in the listing's `measured.txt`, given its `CARGO_MANIFEST_DIR`.
pub fn runs(manifest_dir: &str) -> Vec<String> {
    let path = Path::new(manifest_dir).join("measured.txt");
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    normalise(&text)
        .split("\n\n")
        .filter(|block| !block.trim().is_empty() && !block.starts_with('#'))
        .map(|block| block.trim_end().to_owned())
        .collect()
}

/// The table rows of a run: lines whose last two words are numbers, as (label, [number, number]),
/// the numbers as printed.
pub fn rows(run: &str) -> Vec<(String, [String; 2])> {
    run.lines()
        .filter_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let [label @ .., a, b] = &words[..] else {
                return None;
            };
            let numeric = |w: &str| w.parse::<f64>().is_ok();
            (!label.is_empty() && numeric(a) && numeric(b))
                .then(|| (label.join(" "), [a.to_string(), b.to_string()]))
        })
        .collect()
}

/// Each row's label with the median of each of its two numbers over `runs` (an odd number of
/// runs with the same rows, so that every median is a number some run printed).
pub fn medians(runs: &[String]) -> Vec<(String, [String; 2])> {
    assert!(
        runs.len() % 2 == 1,
        "an odd number of runs, not {}",
        runs.len()
    );
    let tables: Vec<_> = runs.iter().map(|run| rows(run)).collect();
    let labels: Vec<&String> = tables[0].iter().map(|(label, _)| label).collect();
    assert!(!labels.is_empty(), "no table rows in:\n{}", runs[0]);
    for table in &tables {
        let these: Vec<&String> = table.iter().map(|(label, _)| label).collect();
        assert_eq!(these, labels, "every run has the same rows");
    }
    let median = |row: usize, column: usize| -> String {
        let mut values: Vec<&String> = tables.iter().map(|t| &t[row].1[column]).collect();
        values.sort_by(|a, b| {
            let (a, b): (f64, f64) = (a.parse().unwrap(), b.parse().unwrap());
            a.total_cmp(&b)
        });
        values[values.len() / 2].clone()
    };
    labels
        .iter()
        .enumerate()
        .map(|(row, label)| (label.to_string(), [median(row, 0), median(row, 1)]))
        .collect()
}

/// Asserts that the chapter `page` (a file name such as `ch18-thread-pools.md`) has, in every
/// language, the Markdown table row `` | `label` | median | median | `` for each row of `runs`.
pub fn assert_pages_quote_medians(runs: &[String], page: &str) {
    for language in LANGUAGES {
        let path = root().join("src").join(language.dir).join(page);
        let text = fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        for (label, [first, second]) in medians(runs) {
            let row = format!("| `{label}` | {first} | {second} |");
            assert!(
                text.lines().any(|line| line == row),
                "{} does not quote the measured medians; expected the row\n{row}",
                path.display()
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RUNS: [&str; 3] = [
        "tasks: 5, pool: 2\nmethod   total (ms)  per task (µs)\nspawn   10.50  2.10\npool  1.00  0.20",
        "tasks: 5, pool: 2\nmethod   total (ms)  per task (µs)\nspawn   12.00  2.40\npool  0.90  0.18",
        "tasks: 5, pool: 2\nmethod   total (ms)  per task (µs)\nspawn    9.00  1.80\npool  3.00  0.60",
    ];

    #[test]
    fn rows_are_lines_ending_in_two_numbers() {
        assert_eq!(
            rows(RUNS[0]),
            [
                ("spawn".to_owned(), ["10.50".to_owned(), "2.10".to_owned()]),
                ("pool".to_owned(), ["1.00".to_owned(), "0.20".to_owned()]),
            ]
        );
    }

    #[test]
    fn medians_are_taken_column_by_column_as_printed() {
        let runs: Vec<String> = RUNS.iter().map(|r| r.to_string()).collect();
        assert_eq!(
            medians(&runs),
            [
                ("spawn".to_owned(), ["10.50".to_owned(), "2.10".to_owned()]),
                ("pool".to_owned(), ["1.00".to_owned(), "0.20".to_owned()]),
            ]
        );
    }
}
