//! The retries' timeline, exactly, on tokio's paused clock, with attempts that the test fakes:
//! one that never answers times out, one that fails at once fails at once.

use std::future::pending;
use std::time::Duration;

use anyhow::{Result, anyhow};
use listing_24_02::{ATTEMPTS, FIRST_BACKOFF, Policy, TIMEOUT, retry};
use tokio::time::Instant;

const fn ms(millis: u64) -> Duration {
    Duration::from_millis(millis)
}

/// The numbers the chapter states: 3 attempts, 2 s each at most, 100 ms after the first.
#[test]
fn the_policy_is_three_attempts_of_2_s_at_most_100_ms_then_200_ms_apart() {
    assert_eq!((ATTEMPTS, TIMEOUT, FIRST_BACKOFF), (3, ms(2000), ms(100)));
    assert_eq!(
        Policy::default(),
        Policy {
            attempts: 3,
            timeout: ms(2000),
            first_backoff: ms(100)
        }
    );
}

/// Attempts that never answer: the first times out at 2 s; after 100 ms, the second starts at
/// 2.1 s and times out at 4.1 s; after 200 ms, the third starts at 4.3 s, times out at 6.3 s,
/// and that was the last.
#[tokio::test(start_paused = true)]
async fn each_attempt_times_out_and_the_pauses_double() {
    let start = Instant::now();
    let mut starts = Vec::new();
    let result: Result<()> = retry(Policy::default(), "red.ppm", || {
        starts.push(start.elapsed());
        pending()
    })
    .await;
    assert_eq!(starts, [ms(0), ms(2100), ms(4300)]);
    assert_eq!(start.elapsed(), ms(6300));
    let error = format!("{:#}", result.unwrap_err());
    assert_eq!(error, "gave up after 3 attempts: timed out after 2s");
}

/// A timeout, then an attempt that succeeds: the result, at 2.1 s.
#[tokio::test(start_paused = true)]
async fn an_attempt_after_a_timeout_may_succeed() {
    let start = Instant::now();
    let mut starts = Vec::new();
    let result = retry(Policy::default(), "red.ppm", || {
        starts.push(start.elapsed());
        let first = starts.len() == 1;
        async move {
            if first {
                pending::<()>().await;
            }
            Ok(781)
        }
    })
    .await;
    assert_eq!(result.unwrap(), 781);
    assert_eq!(starts, [ms(0), ms(2100)]);
    assert_eq!(start.elapsed(), ms(2100));
}

/// An error that is not an HTTP client's (a file that cannot be written, say) is not worth
/// another attempt: one attempt, and the error at once.
#[tokio::test(start_paused = true)]
async fn an_error_not_worth_retrying_ends_at_once() {
    let start = Instant::now();
    let mut attempts = 0;
    let result: Result<()> = retry(Policy::default(), "red.ppm", || {
        attempts += 1;
        async { Err(anyhow!("no space left on device")) }
    })
    .await;
    assert_eq!(result.unwrap_err().to_string(), "no space left on device");
    assert_eq!((attempts, start.elapsed()), (1, ms(0)));
}

/// `--timeout 0.05` makes each attempt 50 ms at most; the pauses stay 100 ms and 200 ms.
#[tokio::test(start_paused = true)]
async fn a_shorter_timeout_shortens_the_attempts_only() {
    let start = Instant::now();
    let mut starts = Vec::new();
    let policy = Policy {
        timeout: ms(50),
        ..Policy::default()
    };
    let result: Result<()> = retry(policy, "red.ppm", || {
        starts.push(start.elapsed());
        pending()
    })
    .await;
    assert!(result.is_err());
    assert_eq!(starts, [ms(0), ms(150), ms(400)]);
    assert_eq!(start.elapsed(), ms(450));
}

/// The section states the policy (2 s a try, pauses of 100 ms and 200 ms) and the timeline of
/// three tries that never answer: they start at 0 s, 2.1 s and 4.3 s, and `retry` gives up at
/// 6.3 s. Computed here from the constants, so that a change to them fails until the prose says it.
#[test]
fn the_chapter_states_the_policy_and_its_timeline() {
    let (timeout, first, second) = (TIMEOUT, FIRST_BACKOFF, FIRST_BACKOFF * 2);
    let starts = [
        Duration::ZERO,
        timeout + first,
        timeout * 2 + first + second,
    ];
    let end = starts[2] + timeout;
    let secs = |d: Duration| format!("{}", d.as_secs_f64());
    let ms = |d: Duration| d.as_millis().to_string();
    let mut stated = vec![secs(timeout), ms(first), ms(second)];
    stated.extend(starts.iter().chain([&end]).map(|&d| secs(d)));
    assert_eq!(stated, ["2", "100", "200", "0", "2.1", "4.3", "6.3"]);
    book_support::prose::assert_states(env!("CARGO_MANIFEST_DIR"), &stated);
}
