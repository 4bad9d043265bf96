use book_support::{assert_invariants, book_output, run_unchecked};

fn position(lines: &[&str], line: &str) -> Option<usize> {
    let found: Vec<usize> = (0..lines.len()).filter(|&i| lines[i] == line).collect();
    assert!(found.len() <= 1, "{line:?} at most once in {lines:?}");
    found.first().copied()
}

/// Any run: the three calls start, B never gets past step 1, and A's and C's lines come in
/// order. B's panic reaches main as a `JoinError`, `unwrap` panics, and main goes down. How
/// much A and C print before that depends on how long the panic hook takes to report the
/// panics (with `RUST_BACKTRACE=1`, long enough for A and C to end).
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    for line in &lines {
        assert!(
            line.ends_with(" - step 1") || ["A", "C"].iter().any(|name| line.starts_with(name)),
            "{line:?} in:\n{output}"
        );
    }
    assert!(position(&lines, "B - step 1").is_some(), "{output}");
    for name in ["A", "C"] {
        let step1 = position(&lines, &format!("{name} - step 1")).expect("a started call");
        let step2 = position(&lines, &format!("{name} - step 2"));
        let completed = position(&lines, &format!("{name} completed"));
        assert!(step2.is_none_or(|step2| step1 < step2), "{output}");
        assert!(
            completed.is_none_or(|completed| step2.is_some_and(|step2| step2 < completed)),
            "{output}"
        );
    }
}

/// Any run goes down with the broken call. The chapter says that in the run it shows, only
/// the three calls' first steps were printed before main went down.
#[test]
fn goes_down_with_the_broken_call() {
    let live = run_unchecked(env!("CARGO_BIN_EXE_exercise-22-02"), &[]);
    // Exit code 101: a panic in main.
    assert_eq!(live.status.code(), Some(101), "stderr: {}", live.stderr);
    // The panic hook reports B's panic, then main's, which carries the JoinError.
    assert!(
        live.stderr.contains("connection reset") && live.stderr.contains("JoinError::Panic"),
        "stderr: {}",
        live.stderr
    );
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let mut lines: Vec<&str> = shown.lines().collect();
    lines.sort();
    assert_eq!(lines, ["A - step 1", "B - step 1", "C - step 1"]);
}

book_support::listing_on_paused_clock!("../src/main.rs");

/// The program that `cargo run` runs, on the paused clock: the three calls start at 0, and at
/// 0.02 s B's panic reaches `main`, which panics too, before A and C end.
#[tokio::test(start_paused = true)]
async fn main_prints_each_line_when_the_chapter_says() {
    let now = || tokio::time::Instant::now().into_std();
    let mut died_at = std::time::Duration::ZERO;
    let main_panics = async {
        let start = now();
        let main = tokio::spawn(listing::paused_main()).await;
        died_at = now() - start;
        assert!(main.unwrap_err().is_panic(), "main ended without a panic");
    };
    let timeline = book_support::tasks::timeline(now, main_panics).await;
    let expected = [(0, "A - step 1"), (0, "B - step 1"), (0, "C - step 1")];
    book_support::tasks::assert_timeline(env!("CARGO_MANIFEST_DIR"), &timeline, &expected, &[]);
    assert_eq!(
        died_at,
        std::time::Duration::from_millis(20),
        "when main panicked"
    );
    book_support::prose::assert_states(env!("CARGO_MANIFEST_DIR"), &["0.02"]);
}
