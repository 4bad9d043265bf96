//! The exit statuses without a Ctrl-C: 0 when every file was downloaded, 1 when some failed
//! (tests/signal.rs checks 130, after a Ctrl-C).

use book_support::downloads::{assert_files_are, fresh_dir, url_list};
use book_support::run_unchecked;
use image_server::{ImageServer, images};

const BIN: &str = env!("CARGO_BIN_EXE_listing-24-04");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");

/// Runs the program on `urls` and returns its exit status and what it printed on stdout.
fn run_on(test: &str, urls: &[String]) -> (Option<i32>, String, std::path::PathBuf) {
    let dir = fresh_dir(TMP, test);
    let (list, out) = (url_list(&dir, urls), dir.join("out"));
    let live = run_unchecked(BIN, &["--out", out.to_str().unwrap(), &list]);
    (live.status.code(), live.stdout, out)
}

#[test]
fn every_file_downloaded_is_exit_status_0() {
    let server = ImageServer::start().unwrap();
    let (status, stdout, out) = run_on("listing-24-04-all", &server.urls());
    assert_eq!(status, Some(0));
    assert_eq!(
        stdout,
        "downloaded 4: red.ppm, green.ppm, blue.ppm, white.ppm\nfailed 0\nnot started 0\n"
    );
    assert_files_are(&out, &images().iter().collect::<Vec<_>>());
}

#[test]
fn a_failed_download_is_exit_status_1() {
    let server = ImageServer::start().unwrap();
    let urls = [server.url("red.ppm"), server.url("black.ppm")];
    let (status, stdout, out) = run_on("listing-24-04-failed", &urls);
    assert_eq!(status, Some(1));
    assert_eq!(
        stdout,
        "downloaded 1: red.ppm\nfailed 1: black.ppm\nnot started 0\n"
    );
    assert_files_are(&out, &[&images()[0]]);
}

/// The section states the statuses 1 and 130 (128 + 2, SIGINT's number), and how long each of
/// the demo's files takes (1 s or 1.5 s).
#[test]
fn the_chapter_states_the_statuses_and_the_demos_times() {
    use listing_24_04::{FAILED, INTERRUPTED};
    let sigint = 2; // SIGINT's number, on every Unix
    assert_eq!(INTERRUPTED, 128 + sigint);
    let mut times: Vec<String> = download_cli::SLOW
        .iter()
        .map(|(.., time)| time.as_secs_f64().to_string())
        .collect();
    times.sort();
    times.dedup();
    let mut stated = vec![FAILED.to_string(), INTERRUPTED.to_string(), "128".into()];
    stated.push(sigint.to_string());
    stated.extend(times);
    book_support::prose::assert_states(env!("CARGO_MANIFEST_DIR"), &stated);
}
