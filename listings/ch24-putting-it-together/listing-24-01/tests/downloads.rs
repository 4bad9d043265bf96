//! The real program against image-server's scripted server: exactly `--jobs` downloads at
//! once, a 404, and a body cut short.

use std::fs;

use book_support::downloads::{assert_files_are, fresh_dir, sorted_lines_starting_with, url_list};
use book_support::{assert_one_line_error, run_unchecked};
use image_server::{Answer, File, ImageServer, Script, images, picture};
use listing_24_01::download;

const BIN: &str = env!("CARGO_BIN_EXE_listing-24-01");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");

/// The four pictures, two more, and a large one (1 MB: the body comes in many chunks).
fn seven_files() -> Vec<File> {
    let mut files = images();
    files.push(picture("black", 40, [0, 0, 0]));
    files.push(picture("grey", 20, [128, 128, 128]));
    files.push(picture("large", 600, [1, 2, 3]));
    files
}

/// The server's gate holds every answer until `jobs` requests are in flight: a program that
/// ran fewer at once would wait for the gate and get 503s, one that ran more would show more.
/// Then every file is there, byte for byte, and the report lists them in the list's order.
#[test]
fn runs_exactly_jobs_downloads_at_once() {
    for jobs in [1, 2, 3] {
        let files = seven_files();
        let server = ImageServer::scripted(files.clone(), Script::new().gate(jobs)).unwrap();
        let dir = fresh_dir(TMP, &format!("listing-24-01-jobs-{jobs}"));
        let (list, out) = (url_list(&dir, &server.urls()), dir.join("out"));
        let out_arg = out.to_str().unwrap();
        let live = run_unchecked(BIN, &["--jobs", &jobs.to_string(), "--out", out_arg, &list]);
        assert!(live.status.success(), "{}", live.stderr);

        let stats = server.stats();
        assert_eq!(
            (stats.max_in_flight, stats.timeouts),
            (jobs, 0),
            "{stats:?}"
        );
        assert!(stats.requests.values().all(|&n| n == 1), "{stats:?}");
        assert_files_are(&out, &files.iter().collect::<Vec<_>>());

        let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
        let report = format!("downloaded 7: {}\nfailed 0\n", names.join(", "));
        assert_eq!(live.stdout, report);
        let first = format!("downloading 7 files into {out_arg}, {jobs} at a time\n");
        assert!(live.stderr.starts_with(&first), "{}", live.stderr);
        let mut done: Vec<String> = files
            .iter()
            .map(|(name, bytes)| format!("done {name} ({} bytes)", bytes.len()))
            .collect();
        done.sort();
        assert_eq!(sorted_lines_starting_with(&live.stderr, "done "), done);
        assert_eq!(live.stderr.lines().count(), 8, "{}", live.stderr);
    }
}

/// A file the server does not have: that download fails, the others are saved, and the
/// program says how many failed and exits with status 1.
#[test]
fn a_missing_file_fails_alone_and_the_exit_status_says_so() {
    let server = ImageServer::start().unwrap();
    let mut urls = server.urls();
    urls.insert(1, server.url("black.ppm"));
    let dir = fresh_dir(TMP, "listing-24-01-missing");
    let (list, out) = (url_list(&dir, &urls), dir.join("out"));
    let live = run_unchecked(BIN, &["--out", out.to_str().unwrap(), &list]);
    assert_eq!(live.status.code(), Some(1), "{}", live.stderr);
    assert_eq!(
        live.stdout,
        "downloaded 4: red.ppm, green.ppm, blue.ppm, white.ppm\nfailed 1: black.ppm\n"
    );
    let failed = "failed black.ppm: HTTP status client error (404 Not Found)";
    assert!(
        live.stderr.lines().any(|line| line == failed),
        "{}",
        live.stderr
    );
    assert!(
        live.stderr.ends_with("Error: 1 of 5 downloads failed\n"),
        "{}",
        live.stderr
    );
    assert_files_are(&out, &images().iter().collect::<Vec<_>>());
    // The chapter says that a failed download makes the exit status 1.
    let status = live.status.code().unwrap().to_string();
    book_support::prose::assert_states(env!("CARGO_MANIFEST_DIR"), &[status]);
}

/// reqwest checks the body's length against its `Content-Length`: a body cut short is an error,
/// not a shorter file. This listing writes to the final name as the body comes, so the part
/// that came stays there, under the file's name: not the file (Listing 24-3 writes to a
/// temporary file).
#[tokio::test]
async fn a_body_cut_short_is_an_error_and_leaves_part_of_the_file() {
    let files = images();
    let script = Script::new().answers("white.ppm", [Answer::Truncated]);
    let server = ImageServer::scripted(files.clone(), script).unwrap();
    let dir = fresh_dir(TMP, "listing-24-01-truncated");
    let path = dir.join("white.ppm");
    let client = reqwest::Client::new();
    let error = download(&client, &server.url("white.ppm"), &path)
        .await
        .unwrap_err();
    assert_eq!(
        format!("{error:#}"),
        "error decoding response body: error reading a body from connection: end of file \
         before message length reached"
    );
    // (How much of it is there depends on when the last write ends, on another thread.)
    let written = fs::read(&path).expect("the file is there, under its name");
    assert!(written.len() < files[3].1.len(), "{} bytes", written.len());
}

/// A listing before 24-5 does not know `--grace`; nothing is written.
#[test]
fn an_option_it_does_not_take_is_a_one_line_error() {
    assert_one_line_error(
        BIN,
        &["--grace", "1"],
        "Error: unknown option --grace; usage: listing-24-01 [--jobs K] [--out DIR] \
         [URL_LIST_FILE]\n",
    );
}
