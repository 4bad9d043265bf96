use book_support::{assert_invariants, book_output, position, run};

/// What any run must print, however the tasks interleave: each task's two steps and then its
/// result; results in the order they were asked for (A before B, C before D); the first pool's
/// work all done before the second pool starts.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 12, "twelve lines:\n{output}");
    let at = |line: &str| position(&lines, line);
    for name in ["A", "B", "C", "D"] {
        let step1 = at(&format!("{name} - step 1"));
        let step2 = at(&format!("{name} - step 2"));
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
fn every_run_keeps_each_tasks_order_and_the_results_input_order() {
    let live = run(env!("CARGO_BIN_EXE_listing-18-03"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}

/// The chapter says that the two tasks of each pool ran at the same time, and that main printed
/// A's result while B was still finishing: the run it shows must show both.
#[test]
fn book_output_shows_the_tasks_overlapping() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let lines: Vec<&str> = shown.lines().collect();
    let at = |line: &str| position(&lines, line);
    for (first, second) in [("A", "B"), ("C", "D")] {
        let last_start = at(&format!("{first} - step 1")).max(at(&format!("{second} - step 1")));
        let first_end = at(&format!("{first} - step 2")).min(at(&format!("{second} - step 2")));
        assert!(last_start < first_end, "no overlap:\n{shown}");
    }
    assert!(at("A complete") < at("B - step 2"), "{shown}");
}
