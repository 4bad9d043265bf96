use std::fs;
use std::path::Path;
use std::process::Command;

use book_support::{assert_book_output, assert_one_line_error, bounded, run_command};
use image_server::images;
use listing_20_01::ProcessPool;

const BIN: &str = env!("CARGO_BIN_EXE_listing-20-02");

/// The real program, with its temporary directory in a fresh directory of the test's: the same
/// lines as Listing 18-4, and the same bytes on the disk, written by the worker processes.
#[test]
fn downloads_every_image_byte_for_byte_in_worker_processes() {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR")).join("listing-20-02");
    let _ = fs::remove_dir_all(&tmp);
    fs::create_dir_all(&tmp).unwrap();
    let mut command = Command::new(BIN);
    command.env("TMPDIR", &tmp);
    let live = run_command(command);
    assert!(live.status.success(), "{}", live.stderr);

    let listing_18_04 = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../ch18-thread-pools/listing-18-04/output.txt");
    assert_eq!(live.stdout, fs::read_to_string(listing_18_04).unwrap());
    for (name, served) in images() {
        let written = fs::read(tmp.join("listing-20-02").join(&name)).unwrap();
        assert!(written == served, "{name} differs from what was served");
    }
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn bad_arguments_are_a_one_line_error() {
    assert_one_line_error(BIN, &["workers"], "Error: usage: listing-20-02 [worker]\n");
}

/// A job that is not `URL DIR` is the job's error, reported by the worker, which lives on.
#[test]
fn the_worker_reports_a_bad_job_and_lives_on() {
    bounded(|| {
        let mut pool = ProcessPool::with_program(Path::new(BIN), 1).unwrap();
        let results = pool.map(["nonsense", "http://127.0.0.1:9/images/none.ppm /tmp"]);
        assert_eq!(
            results[0].as_ref().unwrap_err().to_string(),
            "not `URL DIR`: nonsense"
        );
        let refused = results[1].as_ref().unwrap_err().to_string();
        assert!(
            refused.starts_with("http://127.0.0.1:9/images/none.ppm: "),
            "{refused}"
        );
        assert_eq!(pool.pids().len(), 1, "the worker is still there");
    });
}
