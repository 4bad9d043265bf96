use std::any::Any;
use std::panic;
use std::thread;

use book_support::{assert_book_output, run};

#[path = "../src/main.rs"]
#[allow(dead_code)]
mod listing;

#[test]
fn prints_what_the_book_shows() {
    let live = run(env!("CARGO_BIN_EXE_solution-15-02"), &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
    assert!(
        live.stdout
            .contains("sum_to(0) panicked: count must be positive, not 0"),
        "{}",
        live.stdout
    );
}

/// What `join` returns for a thread that panicked in the given way.
fn payload_of(f: fn()) -> Box<dyn Any + Send> {
    thread::spawn(f).join().unwrap_err()
}

#[test]
fn reads_the_message_of_every_kind_of_panic() {
    // Keep the expected panics' messages off the test's stderr.
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let literal = payload_of(|| panic!("a literal message"));
    let formatted = payload_of(|| {
        let n = 7;
        panic!("formatted: {n}")
    });
    let not_a_string = payload_of(|| panic::panic_any(42_i32));
    panic::set_hook(hook);

    assert_eq!(listing::panic_message(&*literal), "a literal message");
    assert_eq!(listing::panic_message(&*formatted), "formatted: 7");
    assert_eq!(listing::panic_message(&*not_a_string), "(not a string)");
}
