use book_support::prose::{assert_section_states, assert_states};
use book_support::{
    assert_invariants, assert_one_line_error, book_output, lines_starting_with, run,
};

const BIN: &str = env!("CARGO_BIN_EXE_listing-19-02");

/// What any run must print: each task's two lines once, start before end; the parent's count of
/// the program's four processes; the parent's last line last; and every task started before
/// any ended.
fn check(output: &str) {
    for (name, sum) in [("A", 5050), ("B", 4950), ("C", 4851)] {
        assert_eq!(
            lines_starting_with(output, &format!("{name} - ")),
            [
                format!("{name} - start"),
                format!("{name} - end with {sum}")
            ],
            "{name}'s lines:\n{output}"
        );
    }
    assert_eq!(
        lines_starting_with(output, "main:"),
        ["main: this program is 4 processes, this one and 3 children"],
        "{output}"
    );
    assert_eq!(output.lines().count(), 6 + 1 + 1, "{output}");
    assert_eq!(output.lines().last(), Some("Main process over"));
    // The three processes ran at the same time: every `start` line before every `end` line.
    let lines: Vec<&str> = output.lines().collect();
    let last_start = lines.iter().rposition(|l| l.ends_with(" - start"));
    let first_end = lines.iter().position(|l| l.contains(" - end with "));
    assert!(
        last_start.unwrap() < first_end.unwrap(),
        "a process ended before another started:\n{output}"
    );
}

#[test]
fn every_run_shows_four_processes_running_at_the_same_time() {
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &run(BIN, &[]).stdout, check);
}

#[test]
fn bad_input_to_the_worker_role_is_a_one_line_error() {
    let usage = "Error: usage: listing-19-02 [task NAME COUNT]\n";
    assert_one_line_error(BIN, &["task", "B"], usage);
    let not_a_number = "Error: COUNT must be a whole number, not `99.5`\n";
    assert_one_line_error(BIN, &["task", "B", "99.5"], not_a_number);
}

/// The chapter says what the three processes' sums are (5050, 4950, 4851), and how many processes
/// the program is (4: this one and 3 children); the next section says the count again.
#[test]
fn the_chapter_states_the_sums_and_the_count_of_processes() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let mut stated: Vec<&str> = shown
        .lines()
        .filter_map(|l| l.split_once(" - end with ").map(|(_, sum)| sum))
        .collect();
    let count = lines_starting_with(&shown, "main: this program is ")[0];
    let (processes, children) = count
        .strip_prefix("main: this program is ")
        .and_then(|rest| rest.strip_suffix(" children"))
        .and_then(|rest| rest.split_once(" processes, this one and "))
        .unwrap();
    stated.extend([processes, children]);
    assert_states(env!("CARGO_MANIFEST_DIR"), &stated);
    assert_section_states(env!("CARGO_MANIFEST_DIR"), "only-from-main", &[processes]);
}
