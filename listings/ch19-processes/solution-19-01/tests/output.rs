use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::thread;

use book_support::run::TIMEOUT;
use book_support::{assert_one_line_error, assert_prints_book_output, book_output};

const BIN: &str = env!("CARGO_BIN_EXE_solution-19-01");

/// Runs the program with `args` and `input` on its stdin, which is then closed; fails if the
/// program has not finished within the time limit.
fn run_with_input(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .env("RUST_LIB_BACKTRACE", "0") // as `book_support::run` does
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    let (done, finished) = mpsc::channel();
    thread::spawn(move || done.send(child.wait_with_output()));
    finished
        .recv_timeout(TIMEOUT)
        .expect("the program did not finish in time")
        .unwrap()
}

/// The same results as Listing 19-3, line for line, with the counts sent another way.
#[test]
fn prints_what_the_book_shows_which_is_what_listing_19_03_prints() {
    let live = assert_prints_book_output(BIN, env!("CARGO_MANIFEST_DIR"));
    let listing = Path::new(env!("CARGO_MANIFEST_DIR")).join("../listing-19-03");
    assert_eq!(live.stdout, book_output(listing.to_str().unwrap()));
}

/// The worker reads its count from stdin, to the end: here in two writes, as `1` and then `0`.
#[test]
fn the_worker_role_reads_its_count_from_stdin() {
    let live = run_with_input(&["sum"], "10\n");
    assert!(live.status.success());
    assert_eq!(String::from_utf8_lossy(&live.stdout), "55\n");

    let mut child = Command::new(BIN)
        .arg("sum")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"1").unwrap();
    stdin.flush().unwrap();
    stdin.write_all(b"0").unwrap();
    drop(stdin);
    let (done, finished) = mpsc::channel();
    thread::spawn(move || done.send(child.wait_with_output()));
    let output = finished.recv_timeout(TIMEOUT).unwrap().unwrap();
    assert_eq!(String::from_utf8_lossy(&output.stdout), "55\n");
}

/// A count given as an argument is refused: the worker takes its input from stdin only.
#[test]
fn the_worker_role_takes_no_argument() {
    assert_one_line_error(BIN, &["sum", "10"], "Error: usage: solution-19-01 [sum]\n");
}

#[test]
fn bad_input_on_stdin_is_a_one_line_error() {
    let live = run_with_input(&["sum"], "ten\n");
    assert_eq!(live.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&live.stderr),
        "Error: COUNT must be a whole number, not `ten`\n"
    );
    assert!(live.stdout.is_empty());
    // No input at all (`book_support::run` gives the program an empty stdin).
    assert_one_line_error(
        BIN,
        &["sum"],
        "Error: COUNT must be a whole number, not ``\n",
    );
}
