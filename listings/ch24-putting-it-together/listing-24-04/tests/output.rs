//! The run the book shows: `cargo run -p listing-24-04`, the demo's six slow files, and a
//! Ctrl-C (a real SIGINT) once the first of them is done.

use std::fs;
use std::process::Command;

use book_support::assert_invariants;
use book_support::downloads::{Running, report_names};
use download_cli::slow_pictures;

const BIN: &str = env!("CARGO_BIN_EXE_listing-24-04");

/// What a terminal shows: the progress on stderr, then the report on stdout. Files start in
/// the list's order and every one that started finished: the downloaded ones are the first of
/// the list, the others never started. At least one was done before the Ctrl-C, and at most
/// the two then running were done after it.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    let first = lines[0];
    assert!(
        first.starts_with("downloading 6 files into ")
            && first.ends_with("listing-24-04, 2 at a time; Ctrl-C stops"),
        "{first}"
    );
    let report = &lines[lines.len() - 4..];
    let progress = &lines[1..lines.len() - 4];
    let interrupted = "interrupted: no more downloads start; the running ones finish";
    let at = progress
        .iter()
        .position(|l| *l == interrupted)
        .expect(interrupted);
    let files = slow_pictures();
    let downloaded = report_names(report[0], "downloaded ");
    let all: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    assert!(!downloaded.is_empty(), "{output}");
    assert_eq!(downloaded, all[..downloaded.len()], "{output}");
    assert_eq!(report[1], "failed 0");
    assert_eq!(
        report_names(report[2], "not started "),
        all[downloaded.len()..]
    );
    assert_eq!(report[3], "interrupted by Ctrl-C");
    let mut done: Vec<&str> = progress
        .iter()
        .copied()
        .filter(|l| *l != interrupted)
        .collect();
    assert!(at >= 1 && done.len() - at <= 2, "{output}");
    done.sort();
    let mut expected: Vec<String> = files[..downloaded.len()]
        .iter()
        .map(|(name, bytes)| format!("done {name} ({} bytes)", bytes.len()))
        .collect();
    expected.sort();
    assert_eq!(done, expected, "{output}");
}

#[test]
#[cfg_attr(not(unix), ignore = "sends SIGINT, a Unix signal")]
fn the_demo_stops_starting_downloads_at_the_first_ctrl_c() {
    let mut running = Running::start(Command::new(BIN));
    running.wait_for_stderr("saying a file is done", |line| line.starts_with("done "));
    running.interrupt();
    let live = running.finish();
    assert_eq!(live.status.code(), Some(130), "{}", live.stderr);
    let dir = std::env::temp_dir().join("listing-24-04");
    for (name, served) in slow_pictures() {
        if live.stderr.contains(&format!("done {name} ")) {
            assert!(fs::read(dir.join(&name)).unwrap() == served, "{name}");
        }
    }
    let shown = format!("{}{}", live.stderr, live.stdout);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &shown, check);
}
