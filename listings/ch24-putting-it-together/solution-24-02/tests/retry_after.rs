//! The real program against image-server's scripted server: after a 503 with `Retry-After`, it
//! waits as the header says; without one it backs off, as Listing 24-2 does.

use book_support::downloads::{assert_files_are, fresh_dir, sorted_lines_starting_with, url_list};
use book_support::run_unchecked;
use image_server::{Answer, ImageServer, Script, images};

const BIN: &str = env!("CARGO_BIN_EXE_solution-24-02");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");
const DATE: &str = "Fri, 31 Dec 1999 23:59:59 GMT";

fn busy(value: &str) -> Answer {
    Answer::RetryAfter(503, value.to_owned())
}

/// red.ppm's first answer is 503 with `Retry-After: 0`: retried at once. green.ppm's is a 503
/// without the header, and blue.ppm's a 503 whose `Retry-After` is a date, which is not read:
/// both back off 100 ms. Each second attempt succeeds.
#[test]
fn waits_as_a_503_asks_and_backs_off_without_a_wait_in_seconds() {
    let files = images();
    let script = Script::new()
        .answers("red.ppm", [busy("0")])
        .answers("green.ppm", [Answer::Status(503)])
        .answers("blue.ppm", [busy(DATE)]);
    let server = ImageServer::scripted(files.clone(), script).unwrap();
    let dir = fresh_dir(TMP, "solution-24-02-retry-after");
    let (list, out) = (url_list(&dir, &server.urls()), dir.join("out"));
    let live = run_unchecked(BIN, &["--jobs", "4", "--out", out.to_str().unwrap(), &list]);

    assert_eq!(live.status.code(), Some(0), "{}", live.stderr);
    assert_eq!(
        live.stdout,
        "downloaded 4: red.ppm, green.ppm, blue.ppm, white.ppm\nfailed 0\n"
    );
    assert_eq!(
        sorted_lines_starting_with(&live.stderr, "retry "),
        [
            "retry blue.ppm in 100ms (attempt 1 of 3: HTTP status server error (503 Service \
             Unavailable))",
            "retry green.ppm in 100ms (attempt 1 of 3: HTTP status server error (503 Service \
             Unavailable))",
            "retry red.ppm in 0ns (attempt 1 of 3: the server asks to wait 0 s: HTTP status \
             server error (503 Service Unavailable))",
        ]
    );
    let requests = server.stats().requests;
    let asked: Vec<usize> = files.iter().map(|(name, _)| requests[name]).collect();
    assert_eq!(asked, [2, 2, 2, 1]);
    assert_files_are(&out, &files.iter().collect::<Vec<_>>());
}

/// A server that asks for no wait three times gets three attempts, no more; a 404 is not
/// retried, `Retry-After` or not.
#[test]
fn gives_up_after_three_attempts_and_never_retries_a_404() {
    let files = images();
    let script = Script::new()
        .answers("red.ppm", [busy("0"), busy("0"), busy("0")])
        .answers("green.ppm", [Answer::RetryAfter(404, "0".to_owned())]);
    let server = ImageServer::scripted(files.clone(), script).unwrap();
    let dir = fresh_dir(TMP, "solution-24-02-give-up");
    let (list, out) = (url_list(&dir, &server.urls()), dir.join("out"));
    let live = run_unchecked(BIN, &["--out", out.to_str().unwrap(), &list]);

    assert_eq!(live.status.code(), Some(1), "{}", live.stderr);
    assert_eq!(
        live.stdout,
        "downloaded 2: blue.ppm, white.ppm\nfailed 2: red.ppm, green.ppm\n"
    );
    let stats = server.stats();
    assert_eq!(
        (
            stats.requests_for("red.ppm"),
            stats.requests_for("green.ppm")
        ),
        (3, 1)
    );
    let retries = sorted_lines_starting_with(&live.stderr, "retry ");
    let pauses: Vec<&str> = retries
        .iter()
        .map(|line| &line[..line.find(" (").unwrap()])
        .collect();
    assert_eq!(pauses, ["retry red.ppm in 0ns", "retry red.ppm in 0ns"]);
    assert_eq!(
        sorted_lines_starting_with(&live.stderr, "failed "),
        [
            "failed green.ppm: the server asks to wait 0 s: HTTP status client error (404 Not \
             Found)",
            "failed red.ppm: gave up after 3 attempts: the server asks to wait 0 s: HTTP status \
             server error (503 Service Unavailable)",
        ]
    );
    assert_files_are(&out, &[&files[2], &files[3]]);
}
