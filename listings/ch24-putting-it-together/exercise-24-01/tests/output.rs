//! The run the book shows: `cargo run -p exercise-24-01`, whose demo runs twice in one fresh
//! directory, first on two of the four pictures, then on all four, and fetches all four.

use std::process::Command;

use book_support::downloads::assert_files_are;
use book_support::{Output, assert_invariants, run_command};
use image_server::{File, images};

const BIN: &str = env!("CARGO_BIN_EXE_exercise-24-01");
/// The requests the demo server has had after both runs: 2, then 4 more.
const REQUESTS: usize = 6;

/// The program as a terminal shows it: stdout and stderr into one pipe, in the order it wrote
/// them, so that each run's report (stdout) comes after that run's progress (stderr).
fn run_demo() -> Output {
    let mut command = Command::new("sh");
    command.args(["-c", "exec \"$0\" 2>&1", BIN]);
    let live = run_command(command);
    assert!(live.status.success(), "{}", live.stdout);
    live
}

/// `done {name} ({size} bytes)` for each of `files`, sorted.
fn done(files: &[File]) -> Vec<String> {
    let mut lines: Vec<String> = files
        .iter()
        .map(|(name, bytes)| format!("done {name} ({} bytes)", bytes.len()))
        .collect();
    lines.sort();
    lines
}

/// Each run's progress lines in any order, then its report; the second run downloads all four
/// files again, and the server has had 6 requests.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 14, "{output}");
    let into = |line: &str, count: usize| {
        assert!(
            line.starts_with(&format!("downloading {count} files into "))
                && line.ends_with("exercise-24-01, 2 at a time"),
            "{line}"
        );
    };
    into(lines[0], 2);
    assert_eq!(done(&images()[..2]), sorted(&lines[1..3]), "{output}");
    assert_eq!(
        lines[3..6],
        [
            "downloaded 2: red.ppm, green.ppm",
            "failed 0",
            "the server has had 2 requests; the program runs again"
        ]
    );
    into(lines[6], 4);
    assert_eq!(done(&images()), sorted(&lines[7..11]), "{output}");
    assert_eq!(
        lines[11..],
        [
            "downloaded 4: red.ppm, green.ppm, blue.ppm, white.ppm",
            "failed 0",
            &format!("the server has had {REQUESTS} requests"),
        ]
    );
}

fn sorted(lines: &[&str]) -> Vec<String> {
    let mut lines: Vec<String> = lines.iter().map(|line| line.to_string()).collect();
    lines.sort();
    lines
}

#[test]
#[cfg_attr(
    not(unix),
    ignore = "runs the program under sh, to see its two outputs as one"
)]
fn the_demo_fetches_every_file_again_on_the_second_run() {
    let live = run_demo();
    let dir = std::env::temp_dir().join("exercise-24-01");
    assert_files_are(&dir, &images().iter().collect::<Vec<_>>());
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}

/// The numbers the exercise's section states about this run.
#[test]
fn the_prose_states_the_requests_of_the_demo() {
    book_support::prose::assert_states(env!("CARGO_MANIFEST_DIR"), &[REQUESTS.to_string()]);
}
