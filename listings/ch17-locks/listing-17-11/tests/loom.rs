//! Model checks of the listing's `Handover` with loom: every interleaving of the two threads (up
//! to a bound on preemptions), and every value each load may see under the memory model, is run.
//! The handover as the book shows it must pass; the same with `Relaxed` in place of `Release` and
//! `Acquire` must fail, which shows the check can see that mistake.

use book_support::model_check::check;
use book_support::prose::assert_section_states;
use loom::sync::Arc;
use loom::thread;

#[allow(dead_code)]
mod handover {
    include!(concat!(env!("OUT_DIR"), "/loom_handover.rs"));
}

#[allow(dead_code)]
mod handover_relaxed {
    include!(concat!(env!("OUT_DIR"), "/loom_handover_relaxed.rs"));
}

/// At most two preemptions: in this model, a third adds no execution.
const PREEMPTIONS: usize = 2;

/// One thread publishes 42, the other receives: whatever the interleaving, it receives 42.
macro_rules! publish_and_receive {
    ($handover:path) => {
        || {
            use $handover as h;
            let handover = Arc::new(h::Handover::default());
            let receiver = {
                let handover = Arc::clone(&handover);
                thread::spawn(move || handover.receive())
            };
            handover.publish(42);
            assert_eq!(receiver.join().unwrap(), 42, "what the receiver read");
        }
    };
}

#[test]
fn the_receiver_reads_the_data_in_every_interleaving() {
    let interleavings = check(
        "release/acquire",
        PREEMPTIONS,
        publish_and_receive!(handover),
    )
    .expect("the handover as the book shows it failed");
    // The chapter says in how many executions the handover passes.
    assert_section_states(
        env!("CARGO_MANIFEST_DIR"),
        "atomics",
        &[interleavings.to_string()],
    );
}

#[test]
fn with_relaxed_some_execution_reads_the_data_before_it_was_written() {
    let failure = match check(
        "relaxed",
        PREEMPTIONS,
        publish_and_receive!(handover_relaxed),
    ) {
        Ok(interleavings) => panic!(
            "the handover with `Relaxed` passed in all {interleavings} interleavings: the model \
             check cannot see the missing ordering"
        ),
        Err(failure) => failure,
    };
    assert!(
        failure.message.contains("what the receiver read") && failure.message.contains("left: 0"),
        "the handover with `Relaxed` failed, but not because the receiver read 0, the value \
         before 42 was written: {failure:?}"
    );
    // The chapter says in which execution loom finds the failure, and what the receiver read.
    assert_section_states(
        env!("CARGO_MANIFEST_DIR"),
        "atomics",
        &[failure.interleavings.to_string(), "0".to_owned()],
    );
}
