use book_support::prose::assert_states;
use book_support::threads::{assert_invariants_and_shows, printed_while};
use book_support::{book_output, lines_starting_with, run};

const NUMBERS: [&str; 3] = ["numbers: 1", "numbers: 2", "numbers: 3"];
const WORDS: [&str; 2] = ["words: alpha", "words: beta"];
const TIMEOUT: &str = "nothing for 100 ms: stop waiting";

/// One channel's lines in `output`: a prefix of its `messages`, in order, then
/// `"{name}: disconnected"` only if every message came before it. Returns whether it did.
fn check_channel(output: &str, name: &str, messages: &[&str]) -> bool {
    let lines = lines_starting_with(output, &format!("{name}: "));
    let disconnected = format!("{name}: disconnected");
    let received = lines.iter().take_while(|&&l| l != disconnected).count();
    assert_eq!(
        lines[..received],
        messages[..received.min(messages.len())],
        "{name}'s messages, in order, in:\n{output}"
    );
    let closed = lines.len() > received;
    if closed {
        assert_eq!(
            received,
            messages.len(),
            "{name} closed early in:\n{output}"
        );
        assert_eq!(
            lines.len(),
            received + 1,
            "after {disconnected:?} in:\n{output}"
        );
    }
    closed
}

/// What any run must print, however the two producers interleave: each channel's messages in
/// order, its disconnection only after all of them, and the timeout line once, last. Returns
/// whether the run shows what the chapter says of the one it shows: a word taken while numbers
/// were still coming, and everything taken before the timeout (both channels disconnected). A
/// run on a loaded machine may time out earlier, if a producer went quiet for 100 ms.
fn check(output: &str) -> bool {
    let numbers_closed = check_channel(output, "numbers", &NUMBERS);
    let words_closed = check_channel(output, "words", &WORDS);
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.last(), Some(&TIMEOUT), "the last line of:\n{output}");
    let channel_lines = lines_starting_with(output, "numbers: ").len()
        + lines_starting_with(output, "words: ").len();
    assert_eq!(lines.len(), channel_lines + 1, "line count:\n{output}");
    let interleaved = printed_while(
        output,
        |l| l.starts_with("words: "),
        |l| NUMBERS.contains(&l),
    );
    numbers_closed && words_closed && interleaved
}

#[test]
fn takes_each_channels_messages_in_order_and_times_out_last() {
    let live = run(env!("CARGO_BIN_EXE_listing-16-09"), &[]);
    assert_invariants_and_shows(
        env!("CARGO_MANIFEST_DIR"),
        &live.stdout,
        check,
        "the two channels' messages interleaved, both disconnected before the timeout",
    );
}

/// The checks catch what they must: a message out of order, a disconnection before the last
/// message, a line after the timeout.
#[test]
fn the_checks_reject_wrong_output() {
    let wrong = [
        "numbers: 2\nnumbers: 1\nnothing for 100 ms: stop waiting\n",
        "words: alpha\nwords: disconnected\nnothing for 100 ms: stop waiting\n",
        "nothing for 100 ms: stop waiting\nnumbers: 1\n",
    ];
    for output in wrong {
        let result = std::panic::catch_unwind(|| check(output));
        assert!(result.is_err(), "accepted:\n{output}");
    }
}

/// The chapter says how long the loop waits (100 ms) and what the two producers send
/// (3 numbers, 2 words), as the run it shows prints them.
#[test]
fn the_chapter_states_the_timeout_and_the_counts() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let timeout = TIMEOUT.split(' ').nth(2).unwrap();
    let numbers = lines_starting_with(&shown, "numbers: ").len() - 1;
    let words = lines_starting_with(&shown, "words: ").len() - 1;
    assert_states(
        env!("CARGO_MANIFEST_DIR"),
        &[timeout.to_owned(), numbers.to_string(), words.to_string()],
    );
}
