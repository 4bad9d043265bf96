use book_support::prose::assert_states;
use book_support::{assert_book_output, book_output, run};

/// The run prints what the book shows; the panic's message is there, on stderr; only the `join`
/// side cannot read it.
#[test]
fn prints_what_the_book_shows_and_the_formatted_message_reaches_stderr_only() {
    let live = run(env!("CARGO_BIN_EXE_exercise-15-02"), &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
    assert!(
        live.stderr.contains("count must be positive, not 0"),
        "stderr: {}",
        live.stderr
    );
    assert!(live.stdout.contains("(not a string)"), "{}", live.stdout);
}

/// The chapter says for which count `sum_to` panics: 0.
#[test]
fn the_chapter_states_the_count_that_panics() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let panicked = shown.lines().find(|l| l.contains(" panicked: ")).unwrap();
    let count = panicked
        .strip_prefix("sum_to(")
        .and_then(|rest| rest.split_once(')'))
        .unwrap()
        .0;
    assert_states(env!("CARGO_MANIFEST_DIR"), &[count]);
}
