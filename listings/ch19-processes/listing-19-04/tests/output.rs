use std::io::Write;
use std::process::{Command, Stdio};

use book_support::prose::assert_states;
use book_support::{assert_one_line_error, assert_prints_book_output, book_output, bounded, run};

const BIN: &str = env!("CARGO_BIN_EXE_listing-19-04");

/// The parent prints only after both children have exited: every run prints the same.
#[test]
fn prints_what_the_book_shows() {
    assert_prints_book_output(BIN, env!("CARGO_MANIFEST_DIR"));
}

/// Each stage on its own: `numbers` writes its lines, `sum` adds up what it reads from stdin
/// until the input ends, and refuses what is not a number.
#[test]
fn each_stage_does_its_part() {
    assert_eq!(run(BIN, &["numbers", "3"]).stdout, "1\n2\n3\n");
    bounded(|| {
        let mut sum = Command::new(BIN)
            .arg("sum")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut input = sum.stdin.take().unwrap();
        input.write_all(b"10\n20\n").unwrap();
        input.write_all(b"12\n").unwrap();
        drop(input); // the end of the input: `sum` prints and exits
        let output = sum.wait_with_output().unwrap();
        assert!(output.status.success());
        assert_eq!(String::from_utf8(output.stdout).unwrap(), "42\n");
    });
    let usage = "Error: usage: listing-19-04 [numbers COUNT | sum]\n";
    assert_one_line_error(BIN, &["numbers"], usage);
    assert_one_line_error(BIN, &["sum", "extra"], usage);
    let not_a_number = "Error: COUNT must be a whole number, not `ten`\n";
    assert_one_line_error(BIN, &["numbers", "ten"], not_a_number);
}

/// The chapter says what the pipeline computes: 1 + ... + 100 = 5050.
#[test]
fn the_chapter_states_the_count_and_the_sum() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let first = shown.lines().next().unwrap();
    let (pipeline, sum) = first.split_once(": ").unwrap();
    let count = pipeline
        .strip_prefix("numbers ")
        .unwrap()
        .strip_suffix(" | sum")
        .unwrap();
    assert_states(env!("CARGO_MANIFEST_DIR"), &[count, sum]);
}
