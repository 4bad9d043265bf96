//! What the exercise is about: the starting code (Listing 24-2's retries) waits its backoff
//! after a 503, whatever the answer's `Retry-After` asks for; it never sees the header.

use std::time::Duration;

use anyhow::Result;
use book_support::downloads::{assert_files_are, fresh_dir, sorted_lines_starting_with, url_list};
use book_support::run_unchecked;
use exercise_24_02::{Policy, retry};
use image_server::{Answer, ImageServer, Script, images};
use tokio::time::Instant;

const BIN: &str = env!("CARGO_BIN_EXE_exercise-24-02");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");

/// The real program: red.ppm's first answer is 503 with `Retry-After: 0`; the retry waits
/// 100 ms, and its line does not mention the header.
#[test]
fn the_real_program_backs_off_after_a_503_with_retry_after() {
    let files = images();
    let busy = Answer::RetryAfter(503, "0".to_owned());
    let server =
        ImageServer::scripted(files.clone(), Script::new().answers("red.ppm", [busy])).unwrap();
    let dir = fresh_dir(TMP, "exercise-24-02-retry-after");
    let (list, out) = (url_list(&dir, &server.urls()), dir.join("out"));
    let live = run_unchecked(BIN, &["--out", out.to_str().unwrap(), &list]);
    assert_eq!(live.status.code(), Some(0), "{}", live.stderr);
    assert_eq!(
        sorted_lines_starting_with(&live.stderr, "retry "),
        [
            "retry red.ppm in 100ms (attempt 1 of 3: HTTP status server error (503 Service \
          Unavailable))"
        ]
    );
    assert_eq!(server.stats().requests_for("red.ppm"), 2);
    assert_files_are(&out, &files.iter().collect::<Vec<_>>());
}

/// On the paused clock, with an answer made without a server, as Listing 24-1's `get` checks
/// it: a 503 that asks for 1 s, and the second attempt starts after 100 ms.
#[tokio::test(start_paused = true)]
async fn the_second_attempt_starts_after_the_backoff_not_the_servers_wait() {
    let start = Instant::now();
    let mut starts = Vec::new();
    let result: Result<()> = retry(Policy::default(), "red.ppm", || {
        starts.push(start.elapsed());
        let first = starts.len() == 1;
        async move {
            if first {
                let busy = http::Response::builder()
                    .status(503)
                    .header("retry-after", "1")
                    .body("")?;
                reqwest::Response::from(busy).error_for_status()?;
            }
            Ok(())
        }
    })
    .await;
    result.unwrap();
    assert_eq!(starts, [Duration::ZERO, Duration::from_millis(100)]);
}
