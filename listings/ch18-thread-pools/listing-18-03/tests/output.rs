use std::path::Path;
use std::sync::OnceLock;

use book_support::copies::{Region, assert_copied};
use book_support::{Output, bless, book_output, run};

/// The listing sleeps; run it once for all the tests of this file.
fn live() -> &'static Output {
    static LIVE: OnceLock<Output> = OnceLock::new();
    LIVE.get_or_init(|| run(env!("CARGO_BIN_EXE_listing-18-03"), &[]))
}

fn position(lines: &[&str], wanted: &str, output: &str) -> usize {
    let found: Vec<usize> = (0..lines.len()).filter(|&i| lines[i] == wanted).collect();
    assert_eq!(found.len(), 1, "`{wanted}` exactly once:\n{output}");
    found[0]
}

/// What any run must print, however the tasks interleave: each task's two steps and then its
/// result; results in the order they were asked for (A before B, C before D); the first pool's
/// work all done before the second pool starts.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 12, "twelve lines:\n{output}");
    let at = |line: &str| position(&lines, line, output);
    for name in ["A", "B", "C", "D"] {
        let (step1, step2) = (
            at(&format!("{name} - step 1")),
            at(&format!("{name} - step 2")),
        );
        let complete = at(&format!("{name} complete"));
        assert!(
            step1 < step2 && step2 < complete,
            "{name}'s order:\n{output}"
        );
    }
    assert!(at("A complete") < at("B complete"), "{output}");
    assert!(at("C complete") < at("D complete"), "{output}");
    assert!(
        lines[..6].iter().all(|l| l.starts_with(['A', 'B'])),
        "{output}"
    );
}

#[test]
fn live_run_keeps_each_tasks_order_and_the_results_input_order() {
    check(&live().stdout);
    bless(env!("CARGO_MANIFEST_DIR"), &live().stdout);
}

#[test]
fn book_output_keeps_each_tasks_order_and_the_results_input_order() {
    check(&book_output(env!("CARGO_MANIFEST_DIR")));
}

/// The chapter says that the two tasks of each pool ran at the same time: the run it shows must
/// show both first steps before either second step.
#[test]
fn book_output_shows_the_tasks_overlapping() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let lines: Vec<&str> = shown.lines().collect();
    for (first, second) in [("A", "B"), ("C", "D")] {
        let last_start = position(&lines, &format!("{first} - step 1"), &shown).max(position(
            &lines,
            &format!("{second} - step 1"),
            &shown,
        ));
        let first_end = position(&lines, &format!("{first} - step 2"), &shown).min(position(
            &lines,
            &format!("{second} - step 2"),
            &shown,
        ));
        assert!(last_start < first_end, "no overlap:\n{shown}");
    }
    // It also says that main printed A's result while B was still finishing.
    assert!(
        position(&lines, "A complete", &shown) < position(&lines, "B - step 2", &shown),
        "the chapter's description no longer fits:\n{shown}"
    );
}

#[test]
fn the_pool_is_the_one_of_listing_18_02() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_copied(
        &here.join("../listing-18-02"),
        Region::Above("main"),
        here,
        Region::Module("pool"),
    );
}
