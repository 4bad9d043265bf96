use book_support::prose::assert_section_states;
use book_support::tasks::check_live_and_shown;
use book_support::{book_output, run};

/// `A added 1: total 1` → (name, amount, total).
fn reply(line: &str) -> (&str, u64, u64) {
    let parse = || {
        let (name, rest) = line.split_once(" added ")?;
        let (amount, total) = rest.split_once(": total ")?;
        Some((name, amount.parse().ok()?, total.parse().ok()?))
    };
    parse().unwrap_or_else(|| panic!("not `NAME added N: total T`: {line:?}"))
}

/// Any run: each client gets one answer, and the answers are the running totals of the
/// amounts in the order the actor served them (the order the requests arrived in, which the
/// run decides); the counter stops last. Returns the names in the order they were served, and
/// the last total.
fn check(output: &str) -> (Vec<String>, u64) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 4, "{output}");
    assert_eq!(lines[3], "counter stopped", "{output}");
    let mut replies: Vec<(&str, u64, u64)> = lines[..3].iter().map(|l| reply(l)).collect();
    let mut names: Vec<&str> = replies.iter().map(|r| r.0).collect();
    names.sort();
    assert_eq!(names, ["A", "B", "C"], "{output}");
    replies.sort_by_key(|r| r.2);
    let served = replies.iter().map(|r| r.0.to_owned()).collect();
    let mut total = 0;
    for (name, amount, answered) in replies {
        let wanted = [("A", 1), ("B", 2), ("C", 3)].iter().find(|c| c.0 == name);
        assert_eq!(wanted.map(|c| c.1), Some(amount), "{output}");
        total += amount;
        assert_eq!(
            answered, total,
            "{name}'s answer, not a running total:\n{output}"
        );
    }
    (served, total)
}

/// Any run gives every client its answer. The chapter says that the totals end at 6, and that
/// the run it shows served A, B and C in that order.
#[test]
fn each_client_gets_its_own_answer() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let live = run(env!("CARGO_BIN_EXE_listing-22-05"), &[]);
    let (_, total) = check_live_and_shown(dir, &live.stdout, check);
    assert_section_states(dir, "oneshot-reply", &[total.to_string()]);
    let shown = book_output(dir);
    assert_eq!(check(&shown).0, ["A", "B", "C"], "the run shown:\n{shown}");
}
