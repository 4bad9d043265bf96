//! The waits, exactly, on tokio's paused clock, with attempts that the test fakes: each answer
//! is made without a server and checked by the solution's `check_status`, as a real one is.

use std::time::Duration;

use anyhow::Result;
use solution_24_02::{MAX_WAIT, Policy, check_status, retry};
use tokio::time::Instant;

const fn ms(millis: u64) -> Duration {
    Duration::from_millis(millis)
}

/// An answer with `status` and, if given, `Retry-After: {value}`, checked as `get` checks it.
fn answer(status: u16, retry_after: Option<&str>) -> Result<()> {
    let mut answer = http::Response::builder().status(status);
    if let Some(value) = retry_after {
        answer = answer.header("retry-after", value);
    }
    check_status(reqwest::Response::from(answer.body("")?)).map(drop)
}

/// Runs the retries on `answers`, one per attempt, and returns the result and the time each
/// attempt started at.
async fn attempts(answers: &[(u16, Option<&str>)]) -> (Result<()>, Vec<Duration>) {
    let start = Instant::now();
    let mut starts = Vec::new();
    let result = retry(Policy::default(), "red.ppm", || {
        let (status, retry_after) = answers[starts.len()];
        starts.push(start.elapsed());
        async move { answer(status, retry_after) }
    })
    .await;
    assert_eq!(start.elapsed(), *starts.last().unwrap());
    (result, starts)
}

/// `1.2` for 1.2 s: a time as the prose writes it, in seconds.
fn seconds(time: Duration) -> String {
    let text = format!("{:.3}", time.as_secs_f64());
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

#[test]
fn a_server_makes_the_client_wait_10_s_at_most() {
    assert_eq!(MAX_WAIT, Duration::from_secs(10));
}

/// 503 asking for 1 s, then 503 asking for 2 s, then the file: the attempts start at 0 s,
/// 1 s and 3 s.
#[tokio::test(start_paused = true)]
async fn each_wait_is_the_one_the_server_asks_for() {
    let answers = [(503, Some("1")), (503, Some("2")), (200, None)];
    let (result, starts) = attempts(&answers).await;
    result.unwrap();
    assert_eq!(starts, [ms(0), ms(1000), ms(3000)]);
}

/// 503 asking for an hour: the next attempt comes after MAX_WAIT, 10 s.
#[tokio::test(start_paused = true)]
async fn the_wait_is_capped() {
    let (result, starts) = attempts(&[(503, Some("3600")), (200, None)]).await;
    result.unwrap();
    assert_eq!(starts, [ms(0), MAX_WAIT]);
}

/// A 503 without the header after one with it: the backoff, which has doubled meanwhile to
/// 200 ms, since it counts the failures.
#[tokio::test(start_paused = true)]
async fn without_the_header_the_backoff_goes_on() {
    let answers = [(503, Some("1")), (503, None), (200, None)];
    let (result, starts) = attempts(&answers).await;
    result.unwrap();
    assert_eq!(starts, [ms(0), ms(1000), ms(1200)]);
}

/// A `Retry-After` that is not a number of seconds (a date, or nonsense) is not read: the
/// backoff, 100 ms then 200 ms, as in Listing 24-2.
#[tokio::test(start_paused = true)]
async fn a_date_or_nonsense_is_not_read() {
    let date = "Fri, 31 Dec 1999 23:59:59 GMT";
    let answers = [(503, Some(date)), (503, Some("-1")), (200, None)];
    let (result, starts) = attempts(&answers).await;
    result.unwrap();
    assert_eq!(starts, [ms(0), ms(100), ms(300)]);
}

/// Three 503s that each ask for 1 s: three attempts, at 0 s, 1 s and 2 s, then the error,
/// which says what the server asked.
#[tokio::test(start_paused = true)]
async fn it_gives_up_after_the_last_attempt() {
    let busy = (503, Some("1"));
    let (result, starts) = attempts(&[busy, busy, busy]).await;
    assert_eq!(starts, [ms(0), ms(1000), ms(2000)]);
    assert_eq!(
        format!("{:#}", result.unwrap_err()),
        "gave up after 3 attempts: the server asks to wait 1 s: HTTP status server error (503 \
         Service Unavailable)"
    );
}

/// A 404 is not worth another attempt, whatever its `Retry-After` says: one attempt, and the
/// error at once.
#[tokio::test(start_paused = true)]
async fn a_404_is_not_retried() {
    let (result, starts) = attempts(&[(404, Some("1"))]).await;
    assert!(result.is_err());
    assert_eq!(starts, [ms(0)]);
}

/// The times the exercise's section states: the attempts at 0 s, 1 s and 3 s (after waits of
/// 1 s and 2 s), the cap of 10 s, the backoff of 100 ms, and 200 ms after a wait the server
/// asked for.
#[tokio::test(start_paused = true)]
async fn the_prose_states_the_waits() {
    let answers = [(503, Some("1")), (503, Some("2")), (200, None)];
    let (_, starts) = attempts(&answers).await;
    let mut stated: Vec<String> = starts.iter().copied().map(seconds).collect();
    stated.push(seconds(starts[2] - starts[1]));
    let capped = attempts(&[(503, Some("3600")), (200, None)]).await.1[1];
    stated.push(seconds(capped));
    let last_pause = |starts: Vec<Duration>| starts[starts.len() - 1] - starts[starts.len() - 2];
    let date = "Fri, 31 Dec 1999 23:59:59 GMT";
    let backoff = last_pause(attempts(&[(503, Some(date)), (200, None)]).await.1);
    let after_a_wait = [(503, Some("1")), (503, None), (200, None)];
    let doubled = last_pause(attempts(&after_a_wait).await.1);
    stated.extend([backoff, doubled].map(|time| time.as_millis().to_string()));
    book_support::prose::assert_states(env!("CARGO_MANIFEST_DIR"), &stated);
}
