//! Checks shared by the producer/consumer listings (a channel in Chapter 16, `SafeQueue` in
//! Chapter 17). Both print one `"{consumer} - {producer} - {n}"` line per message consumed, then
//! `"consumed {total} messages"`, and both expose `run(capacity, producers, consumers, count)`.

use std::collections::BTreeMap;

/// The signature of the listings' `run`: what each consumer got.
pub type Run = fn(usize, &[&str], &[&str], usize) -> Vec<Vec<String>>;

/// What any run must print: every message of every producer consumed exactly once; each consumer
/// saw each producer's messages in the order they were sent (the queue is FIFO); the total last.
pub fn check_output(output: &str, producers: &[&str], consumers: &[&str], count: usize) {
    let mut lines: Vec<&str> = output.lines().collect();
    let total = count * producers.len();
    let expected_last = format!("consumed {total} messages");
    assert_eq!(
        lines.pop(),
        Some(expected_last.as_str()),
        "last line of:\n{output}"
    );
    let mut seen: BTreeMap<(&str, usize), usize> = BTreeMap::new();
    let mut last_seen: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for line in lines {
        let parts: Vec<&str> = line.split(" - ").collect();
        let [consumer, producer, n] = parts[..] else {
            panic!("unexpected line `{line}` in:\n{output}");
        };
        assert!(
            consumers.contains(&consumer) && producers.contains(&producer),
            "unexpected line `{line}`"
        );
        let n: usize = n.parse().unwrap();
        *seen.entry((producer, n)).or_default() += 1;
        if let Some(previous) = last_seen.insert((consumer, producer), n) {
            assert!(
                previous < n,
                "{consumer} got {producer}'s {n} after {previous}"
            );
        }
    }
    for producer in producers {
        for n in 0..count {
            assert_eq!(
                seen.get(&(*producer, n)),
                Some(&1),
                "{producer} - {n}, times seen"
            );
        }
    }
    assert_eq!(seen.len(), total, "messages seen");
}

/// 1,000 runs with capacities from `min_capacity` to `min_capacity + 4`, one to four producers
/// and consumers, zero to six messages each: every run ends (the caller's timeout says if not),
/// and every message is delivered exactly once.
pub fn stress(run: Run, min_capacity: usize) {
    let producer_names = ["P0", "P1", "P2", "P3"];
    let consumer_names = ["C0", "C1", "C2", "C3"];
    for round in 0..1_000 {
        let capacity = min_capacity + round % 5;
        let producers = &producer_names[..1 + round % 4];
        let consumers = &consumer_names[..1 + (round / 4) % 4];
        let count = round % 7;
        let mut got: Vec<String> = run(capacity, producers, consumers, count)
            .into_iter()
            .flatten()
            .collect();
        got.sort();
        let mut expected: Vec<String> = producers
            .iter()
            .flat_map(|p| (0..count).map(move |n| format!("{p} - {n}")))
            .collect();
        expected.sort();
        assert_eq!(
            got,
            expected,
            "round {round}: capacity {capacity}, {} producers, {} consumers",
            producers.len(),
            consumers.len()
        );
    }
}
