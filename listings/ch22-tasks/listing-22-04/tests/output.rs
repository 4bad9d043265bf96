use book_support::tasks::assert_in_order;
use book_support::{assert_invariants, position, run};

/// Any run: each message sent once and processed once, both in order; and the channel's
/// capacity holds the producer back: with room for two messages and one in the consumer's
/// hands, message n can be sent only after message n - 3 was processed. (Whether `sent n` comes
/// before `processed n` is the threads' race: the producer prints it after its `send`, and the
/// consumer may take message n, wait its 10 ms and print first.)
fn check(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 10, "{output}");
    let sent: Vec<String> = (1..=5).map(|n| format!("sent {n}")).collect();
    let processed: Vec<String> = (1..=5).map(|n| format!("processed {n}")).collect();
    assert_in_order(&lines, &sent);
    assert_in_order(&lines, &processed);
    for n in 4..=5 {
        let freed = position(&lines, &processed[n - 4]);
        assert!(
            freed < position(&lines, &sent[n - 1]),
            "sent {n} before message {} was processed:\n{output}",
            n - 3
        );
    }
}

#[test]
fn the_producer_waits_for_room() {
    let live = run(env!("CARGO_BIN_EXE_listing-22-04"), &[]);
    assert_invariants(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
}
