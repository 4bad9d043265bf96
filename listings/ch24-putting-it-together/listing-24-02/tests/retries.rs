//! The real program against image-server's scripted server: what is worth another attempt
//! (a 503, a body cut short, an attempt that hangs past `--timeout`, a refused connection) and
//! what is not (a 404).

use std::net::TcpListener;

use book_support::downloads::{assert_files_are, fresh_dir, sorted_lines_starting_with, url_list};
use book_support::run_unchecked;
use image_server::{Answer, ImageServer, Script, images};

const BIN: &str = env!("CARGO_BIN_EXE_listing-24-02");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");

/// The first request for red.ppm gets 503, the first for green.ppm a body cut short, the first
/// for blue.ppm hangs past the timeout (0.25 s); each second attempt succeeds. black.ppm is
/// not there: 404, asked once. Every file that the report says was downloaded is there, byte
/// for byte (the second attempt wrote each file anew).
#[test]
fn retries_what_may_pass_and_not_a_404() {
    let files = images();
    let script = Script::new()
        .answers("red.ppm", [Answer::Status(503)])
        .answers("green.ppm", [Answer::Truncated])
        .answers("blue.ppm", [Answer::Hang]);
    let server = ImageServer::scripted(files.clone(), script).unwrap();
    let mut urls = server.urls();
    urls.push(server.url("black.ppm"));
    let dir = fresh_dir(TMP, "listing-24-02-retries");
    let (list, out) = (url_list(&dir, &urls), dir.join("out"));
    let out_arg = out.to_str().unwrap();
    let args = ["--jobs", "5", "--timeout", "0.25", "--out", out_arg, &list];
    let live = run_unchecked(BIN, &args);

    assert_eq!(live.status.code(), Some(1), "{}", live.stderr);
    let requests = server.stats().requests;
    let asked: Vec<(&str, usize)> = requests.iter().map(|(n, c)| (n.as_str(), *c)).collect();
    let expected = [
        ("black.ppm", 1),
        ("blue.ppm", 2),
        ("green.ppm", 2),
        ("red.ppm", 2),
        ("white.ppm", 1),
    ];
    assert_eq!(asked, expected);
    assert_files_are(&out, &files.iter().collect::<Vec<_>>());
    assert_eq!(
        live.stdout,
        "downloaded 4: red.ppm, green.ppm, blue.ppm, white.ppm\nfailed 1: black.ppm\n"
    );
    assert_eq!(
        sorted_lines_starting_with(&live.stderr, "retry "),
        [
            "retry blue.ppm in 100ms (attempt 1 of 3: timed out after 250ms)",
            "retry green.ppm in 100ms (attempt 1 of 3: error decoding response body: error \
             reading a body from connection: end of file before message length reached)",
            "retry red.ppm in 100ms (attempt 1 of 3: HTTP status server error (503 Service \
             Unavailable))",
        ]
    );
    assert_eq!(
        sorted_lines_starting_with(&live.stderr, "failed "),
        ["failed black.ppm: HTTP status client error (404 Not Found)"]
    );
    assert_eq!(sorted_lines_starting_with(&live.stderr, "done ").len(), 4);
    assert!(live.stderr.ends_with("Error: 1 of 5 downloads failed\n"));
}

/// Three attempts at most, 100 ms and then 200 ms apart: a file that always gets 503, and a
/// server that is not there (its connections are refused), are given up after the third.
#[test]
fn gives_up_after_three_attempts() {
    let files = images();
    let busy = [
        Answer::Status(503),
        Answer::Status(503),
        Answer::Status(503),
    ];
    let server = ImageServer::scripted(files, Script::new().answers("red.ppm", busy)).unwrap();
    // A port that nothing listens on any more.
    let closed = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    let urls = [
        server.url("red.ppm"),
        format!("http://{closed}/images/gone.ppm"),
    ];
    let dir = fresh_dir(TMP, "listing-24-02-give-up");
    let (list, out) = (url_list(&dir, &urls), dir.join("out"));
    let live = run_unchecked(BIN, &["--out", out.to_str().unwrap(), &list]);

    assert_eq!(live.status.code(), Some(1), "{}", live.stderr);
    assert_eq!(server.stats().requests_for("red.ppm"), 3);
    assert_eq!(live.stdout, "downloaded 0\nfailed 2: red.ppm, gone.ppm\n");
    let retries = sorted_lines_starting_with(&live.stderr, "retry ");
    let pauses: Vec<&str> = retries
        .iter()
        .map(|l| &l[..l.find(" (").unwrap()])
        .collect();
    let expected = [
        "retry gone.ppm in 100ms",
        "retry gone.ppm in 200ms",
        "retry red.ppm in 100ms",
        "retry red.ppm in 200ms",
    ];
    assert_eq!(pauses, expected, "{}", live.stderr);
    let failed = sorted_lines_starting_with(&live.stderr, "failed ");
    assert!(
        failed[0].starts_with("failed gone.ppm: gave up after 3 attempts: error sending request"),
        "{failed:?}"
    );
    assert_eq!(
        failed[1],
        "failed red.ppm: gave up after 3 attempts: HTTP status server error (503 Service \
         Unavailable)"
    );
    assert!(live.stderr.ends_with("Error: 2 of 2 downloads failed\n"));
    assert_files_are(&out, &[]);
}
