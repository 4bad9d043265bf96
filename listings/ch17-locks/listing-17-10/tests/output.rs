use book_support::prose::assert_states;
use book_support::{assert_invariants, book_output, lines_starting_with, run};

const THREADS: [&str; 3] = ["A", "B", "C"];
const PER_THREAD: usize = 3;

/// The tickets of the lines `"{name} - ticket N"` of `output`, in the order printed.
fn tickets_of(output: &str, name: &str) -> Vec<usize> {
    lines_starting_with(output, &format!("{name} - ticket "))
        .iter()
        .map(|line| line.rsplit(' ').next().unwrap().parse().unwrap())
        .collect()
}

/// Every ticket from 0 up is handed out exactly once, each thread's tickets rise in the order it
/// took them, and the total comes last.
fn check(output: &str) {
    let total = THREADS.len() * PER_THREAD;
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), total + 1, "{output}");
    assert_eq!(
        lines[total],
        format!("tickets handed out: {total}"),
        "{output}"
    );
    let mut all = Vec::new();
    for name in THREADS {
        let tickets = tickets_of(output, name);
        assert_eq!(tickets.len(), PER_THREAD, "{name}'s tickets in:\n{output}");
        assert!(
            tickets.is_sorted(),
            "{name}'s tickets do not rise: {tickets:?}"
        );
        all.extend(tickets);
    }
    all.sort();
    assert_eq!(
        all,
        (0..total).collect::<Vec<_>>(),
        "every ticket exactly once in:\n{output}"
    );
}

/// The live run, and the run the book shows, hand out each ticket exactly once.
#[test]
fn every_ticket_is_handed_out_once() {
    let live = run(env!("CARGO_BIN_EXE_listing-17-10"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}

/// The chapter says which tickets the threads get (0 to 8) and how many (9).
#[test]
fn the_chapter_states_the_tickets() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let count = shown.lines().count() - 1;
    let stated = [0, count - 1, count].map(|n| n.to_string());
    assert_states(env!("CARGO_MANIFEST_DIR"), &stated);
}
