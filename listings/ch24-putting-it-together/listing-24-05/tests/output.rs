//! The run the book shows: `cargo run -p listing-24-05`, the demo's six slow files, a Ctrl-C
//! (a real SIGINT) once the first of them is done, and a second one once the program has said
//! that no more downloads start.

use std::fs;
use std::process::Command;

use book_support::assert_invariants;
use book_support::downloads::{Running, files_in, report_names};
use download_cli::slow_pictures;

const BIN: &str = env!("CARGO_BIN_EXE_listing-24-05");
const STOPS: &str = "interrupted: no more downloads start; Ctrl-C again, or 3 s from now, \
                     cancels the running ones";
const CANCELS: &str = "Ctrl-C again: cancelling the running downloads";

/// What a terminal shows: the progress on stderr, then the report on stdout. Files start in
/// the list's order: the downloaded ones come first in the list, then those cancelled (at most
/// the two running), then those never started. At least one was done before the first Ctrl-C,
/// and each cancelled download says so.
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    let first = lines[0];
    assert!(
        first.starts_with("downloading 6 files into ")
            && first.ends_with("listing-24-05, 2 at a time; Ctrl-C once stops, twice cancels"),
        "{first}"
    );
    let (progress, report) = lines[1..].split_at(lines.len() - 5);
    let at = |wanted: &str| progress.iter().position(|l| *l == wanted).expect(wanted);
    let (stops, cancels) = (at(STOPS), at(CANCELS));
    assert!(0 < stops && stops < cancels, "{output}");

    let files = slow_pictures();
    let all: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    let downloaded = report_names(report[0], "downloaded ");
    let cancelled = report_names(report[1], "failed ");
    let (done, rest) = all.split_at(downloaded.len());
    assert_eq!(downloaded, done, "{output}");
    assert!(
        cancelled.len() <= 2 && cancelled == rest[..cancelled.len()],
        "{output}"
    );
    assert_eq!(
        report_names(report[2], "not started "),
        rest[cancelled.len()..]
    );
    assert_eq!(report[3], "interrupted by Ctrl-C");

    let mut expected: Vec<String> = files[..downloaded.len()]
        .iter()
        .map(|(name, bytes)| format!("done {name} ({} bytes)", bytes.len()))
        .collect();
    expected.extend(
        cancelled
            .iter()
            .map(|name| format!("failed {name}: cancelled")),
    );
    expected.sort();
    let mut printed: Vec<&str> = progress.to_vec();
    printed.retain(|line| *line != STOPS && *line != CANCELS);
    printed.sort();
    assert_eq!(printed, expected, "{output}");
}

#[test]
#[cfg_attr(not(unix), ignore = "sends SIGINT, a Unix signal")]
fn the_demo_cancels_the_running_downloads_at_the_second_ctrl_c() {
    let mut running = Running::start(Command::new(BIN));
    running.wait_for_stderr("saying a file is done", |line| line.starts_with("done "));
    running.interrupt();
    running.wait_for_stderr("saying that it stops", |line| line == STOPS);
    running.interrupt();
    let live = running.finish();
    assert_eq!(live.status.code(), Some(130), "{}", live.stderr);

    let dir = std::env::temp_dir().join("listing-24-05");
    for (name, served) in slow_pictures() {
        if live.stderr.contains(&format!("done {name} ")) {
            assert!(fs::read(dir.join(&name)).unwrap() == served, "{name}");
        }
    }
    let temporary = files_in(&dir)
        .into_iter()
        .filter(|name| name.starts_with(".tmp"));
    assert_eq!(temporary.collect::<Vec<_>>(), Vec::<String>::new());
    let shown = format!("{}{}", live.stderr, live.stdout);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &shown, check);
}
