//! The run the book shows: `cargo run -p solution-24-01`, whose demo runs twice in one fresh
//! directory, first on two of the four pictures, then on all four, and skips the two it has.

use std::fs;
use std::process::Command;

use book_support::downloads::assert_files_are;
use book_support::{Output, assert_invariants, run_command};
use image_server::{File, images};

const BIN: &str = env!("CARGO_BIN_EXE_solution-24-01");
/// The files the second run finds, and skips.
const SKIPPED: usize = 2;
/// The requests the demo server has had after both runs: one per file.
const REQUESTS: usize = 4;

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

fn sorted(lines: &[&str]) -> Vec<String> {
    let mut lines: Vec<String> = lines.iter().map(|line| line.to_string()).collect();
    lines.sort();
    lines
}

/// Each run's progress lines in any order, then its report; the second run skips red.ppm and
/// green.ppm, downloads the other two, and the server has had one request per file.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 14, "{output}");
    for line in [lines[0], lines[7]] {
        assert!(
            line.starts_with("downloading 2 files into ")
                && line.ends_with("solution-24-01, 2 at a time"),
            "{line}"
        );
    }
    assert_eq!(done(&images()[..2]), sorted(&lines[1..3]), "{output}");
    assert_eq!(
        lines[3..7],
        [
            "skipped 0",
            "downloaded 2: red.ppm, green.ppm",
            "failed 0",
            "the server has had 2 requests; the program runs again"
        ]
    );
    assert_eq!(done(&images()[2..]), sorted(&lines[8..10]), "{output}");
    assert_eq!(
        lines[10..],
        [
            &format!("skipped {SKIPPED}: red.ppm, green.ppm"),
            "downloaded 2: blue.ppm, white.ppm",
            "failed 0",
            &format!("the server has had {REQUESTS} requests"),
        ]
    );
}

#[test]
#[cfg_attr(
    not(unix),
    ignore = "runs the program under sh, to see its two outputs as one"
)]
fn the_demo_skips_on_the_second_run_what_the_first_saved() {
    // What an earlier demo might have left, which the demo's fresh directory must not show.
    let dir = std::env::temp_dir().join("solution-24-01");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("red.ppm"), "not a picture").unwrap();
    fs::write(dir.join("black.ppm"), "not a picture").unwrap();
    let live = run_demo();
    assert_files_are(&dir, &images().iter().collect::<Vec<_>>());
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}

/// The number the exercise's section states about this run.
#[test]
fn the_prose_states_the_requests_of_the_demo() {
    book_support::prose::assert_states(env!("CARGO_MANIFEST_DIR"), &[REQUESTS.to_string()]);
}
