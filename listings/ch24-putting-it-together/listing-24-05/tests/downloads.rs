//! The final program on downloads that end by themselves, no Ctrl-C: exactly `--jobs` at once,
//! and what is worth another attempt and what is not.

use book_support::downloads::{assert_files_are, fresh_dir, url_list};
use book_support::run_unchecked;
use image_server::{Answer, File, ImageServer, Script, images, picture};

const BIN: &str = env!("CARGO_BIN_EXE_listing-24-05");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");

fn six_files() -> Vec<File> {
    let mut files = images();
    files.push(picture("black", 40, [0, 0, 0]));
    files.push(picture("grey", 20, [128, 128, 128]));
    files
}

/// The server's gate holds every answer until three requests are in flight (see Listing
/// 24-1's test): the start loop that a Ctrl-C can stop keeps exactly `--jobs 3` going.
#[test]
fn runs_exactly_jobs_downloads_at_once() {
    let files = six_files();
    let server = ImageServer::scripted(files.clone(), Script::new().gate(3)).unwrap();
    let dir = fresh_dir(TMP, "listing-24-05-jobs");
    let (list, out) = (url_list(&dir, &server.urls()), dir.join("out"));
    let live = run_unchecked(BIN, &["--jobs", "3", "--out", out.to_str().unwrap(), &list]);
    assert_eq!(live.status.code(), Some(0), "{}", live.stderr);
    let stats = server.stats();
    assert_eq!((stats.max_in_flight, stats.timeouts), (3, 0), "{stats:?}");
    assert_files_are(&out, &files.iter().collect::<Vec<_>>());
    assert_eq!(
        live.stdout,
        "downloaded 6: red.ppm, green.ppm, blue.ppm, white.ppm, black.ppm, grey.ppm\nfailed \
         0\nnot started 0\n"
    );
}

/// A 503 and a body cut short are tried again, and then saved whole; a 404 is asked once,
/// reported failed, and makes the exit status 1.
#[test]
fn retries_what_may_pass_and_reports_a_404_with_exit_status_1() {
    let files = images();
    let script = Script::new()
        .answers("red.ppm", [Answer::Status(503)])
        .answers("green.ppm", [Answer::Truncated]);
    let server = ImageServer::scripted(files.clone(), script).unwrap();
    let mut urls = server.urls();
    urls.insert(2, server.url("black.ppm"));
    let dir = fresh_dir(TMP, "listing-24-05-retries");
    let (list, out) = (url_list(&dir, &urls), dir.join("out"));
    let live = run_unchecked(BIN, &["--out", out.to_str().unwrap(), &list]);
    assert_eq!(live.status.code(), Some(1), "{}", live.stderr);
    let stats = server.stats();
    let asked = ["red.ppm", "green.ppm", "black.ppm", "blue.ppm"].map(|n| stats.requests_for(n));
    assert_eq!(asked, [2, 2, 1, 1]);
    assert_eq!(
        live.stdout,
        "downloaded 4: red.ppm, green.ppm, blue.ppm, white.ppm\nfailed 1: black.ppm\nnot \
         started 0\n"
    );
    let failed = "failed black.ppm: HTTP status client error (404 Not Found)";
    assert!(live.stderr.lines().any(|l| l == failed), "{}", live.stderr);
    assert_files_are(&out, &files.iter().collect::<Vec<_>>());
}
