//! The real program against image-server's scripted server, run again into the same directory:
//! it skips the files there, and only those; a file that a run failed to download is not
//! there (Listing 24-3's atomic writes), so the next run fetches it; a file changed on the
//! server since is not fetched again.

use std::fs;

use book_support::downloads::{assert_files_are, fresh_dir, sorted_lines_starting_with, url_list};
use book_support::{Output, run_unchecked};
use image_server::{Answer, ImageServer, Script, images, picture};

const BIN: &str = env!("CARGO_BIN_EXE_solution-24-01");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");
/// The exit statuses of a run with a failed download, and of a run without (Listing 24-1's
/// `ensure!`, in `main`).
const FAILED: i32 = 1;
const COMPLETED: i32 = 0;

/// Runs the program on `urls` with `--out out`, `dir` holding the URL list.
fn run_on(dir: &std::path::Path, urls: &[String]) -> Output {
    let out = dir.join("out");
    run_unchecked(BIN, &["--out", out.to_str().unwrap(), &url_list(dir, urls)])
}

/// How many requests the server had for each of the four pictures, in order.
fn requests(server: &ImageServer) -> Vec<usize> {
    let stats = server.stats();
    let names = images().into_iter().map(|(name, _)| name);
    names.map(|name| stats.requests_for(&name)).collect()
}

/// A first run saves red.ppm and green.ppm; the second, on all four URLs, skips them (the
/// server never hears of them again) and downloads the other two.
#[test]
fn a_second_run_skips_the_files_already_there() {
    let files = images();
    let server = ImageServer::serving(files.clone()).unwrap();
    let dir = fresh_dir(TMP, "solution-24-01-again");
    let urls = server.urls();

    let first = run_on(&dir, &urls[..2]);
    assert!(first.status.success(), "{}", first.stderr);
    assert_eq!(
        first.stdout,
        "skipped 0\ndownloaded 2: red.ppm, green.ppm\nfailed 0\n"
    );

    let second = run_on(&dir, &urls);
    assert_eq!(second.status.code(), Some(0), "{}", second.stderr);
    assert_eq!(
        second.stdout,
        "skipped 2: red.ppm, green.ppm\ndownloaded 2: blue.ppm, white.ppm\nfailed 0\n"
    );
    assert!(second.stderr.starts_with("downloading 2 files into "));
    assert_eq!(
        sorted_lines_starting_with(&second.stderr, "done "),
        ["done blue.ppm (3085 bytes)", "done white.ppm (6925 bytes)"]
    );
    assert_eq!(requests(&server), [1, 1, 1, 1]);
    assert_files_are(&dir.join("out"), &files.iter().collect::<Vec<_>>());
}

/// Every body of green.ppm is cut short: the first run fails it (exit status 1) and leaves no
/// file of it, whole or partial, so the second run fetches it, and only it. A third run finds
/// every file and sends no request at all.
#[test]
fn a_file_that_a_run_failed_is_fetched_by_the_next() {
    let files = images();
    let cut = [Answer::Truncated, Answer::Truncated, Answer::Truncated];
    let server =
        ImageServer::scripted(files.clone(), Script::new().answers("green.ppm", cut)).unwrap();
    let dir = fresh_dir(TMP, "solution-24-01-failed");
    let (urls, out) = (server.urls(), dir.join("out"));

    let first = run_on(&dir, &urls);
    assert_eq!(first.status.code(), Some(FAILED), "{}", first.stderr);
    assert_eq!(
        first.stdout,
        "skipped 0\ndownloaded 3: red.ppm, blue.ppm, white.ppm\nfailed 1: green.ppm\n"
    );
    assert_files_are(&out, &[&files[0], &files[2], &files[3]]);

    let second = run_on(&dir, &urls);
    assert_eq!(second.status.code(), Some(COMPLETED), "{}", second.stderr);
    assert_eq!(
        second.stdout,
        "skipped 3: red.ppm, blue.ppm, white.ppm\ndownloaded 1: green.ppm\nfailed 0\n"
    );
    assert_eq!(requests(&server), [1, 4, 1, 1]);
    assert_files_are(&out, &files.iter().collect::<Vec<_>>());

    let third = run_on(&dir, &urls);
    assert_eq!(third.status.code(), Some(0), "{}", third.stderr);
    assert_eq!(
        third.stdout,
        "skipped 4: red.ppm, green.ppm, blue.ppm, white.ppm\ndownloaded 0\nfailed 0\n"
    );
    assert!(third.stderr.starts_with("downloading 0 files into "));
    assert_eq!(requests(&server), [1, 4, 1, 1]);
}

/// What skipping cannot see: red.ppm on disk is an older picture than the server's. The
/// program skips it, asks the server nothing about it, and the old file stays.
#[test]
fn a_file_changed_on_the_server_is_not_fetched_again() {
    let files = images();
    let server = ImageServer::serving(files.clone()).unwrap();
    let dir = fresh_dir(TMP, "solution-24-01-changed");
    let out = dir.join("out");
    let older = picture("red", 8, [200, 0, 0]);
    fs::create_dir(&out).unwrap();
    fs::write(out.join(&older.0), &older.1).unwrap();

    let live = run_on(&dir, &server.urls());
    assert_eq!(live.status.code(), Some(0), "{}", live.stderr);
    assert_eq!(
        live.stdout,
        "skipped 1: red.ppm\ndownloaded 3: green.ppm, blue.ppm, white.ppm\nfailed 0\n"
    );
    assert_eq!(requests(&server), [0, 1, 1, 1]);
    assert_files_are(&out, &[&older, &files[1], &files[2], &files[3]]);
}

/// The exit statuses that the exercise's section states, after a failed run and after the run
/// that fetched what failed.
#[test]
fn the_prose_states_the_exit_statuses() {
    let numbers = [FAILED, COMPLETED].map(|n| n.to_string());
    book_support::prose::assert_states(env!("CARGO_MANIFEST_DIR"), &numbers);
}
