use std::fs;
use std::path::{Path, PathBuf};

use book_support::copies::{Region, assert_copied};
use book_support::{assert_book_output, run, run_unchecked};

// The listing's own server, client and images, tested directly (its `main` is not called here).
#[allow(dead_code)]
#[path = "../src/main.rs"]
mod listing;

use listing::web::{download, fnv1a, images, serve};

const BIN: &str = env!("CARGO_BIN_EXE_listing-18-04");

/// A directory of its own for one test, empty.
fn fresh_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// The line the program prints for each file it wrote, computed from the bytes it serves.
fn expected_lines() -> Vec<String> {
    images()
        .iter()
        .map(|(name, bytes)| {
            format!(
                "{name}: {} bytes written, FNV-1a {:016x}",
                bytes.len(),
                fnv1a(bytes)
            )
        })
        .collect()
}

#[test]
fn prints_what_the_book_shows_one_line_per_url_in_input_order() {
    let live = run(BIN, &[]);
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
    // The sizes and checksums, read back from the disk by the program, are the served bytes'.
    let lines: Vec<&str> = live.stdout.lines().collect();
    assert_eq!(lines[..4], expected_lines());
    assert_eq!(lines[4..], ["the temporary directory is removed"]);
}

#[test]
fn the_files_are_written_with_the_bytes_served() {
    let dir = fresh_dir("listing-18-04-files");
    let live = run(BIN, &[dir.to_str().unwrap()]);
    let lines: Vec<&str> = live.stdout.lines().collect();
    assert_eq!(lines[..4], expected_lines());
    assert_eq!(lines[4], format!("the files are in {}", dir.display()));
    for (name, served) in images() {
        let written = fs::read(dir.join(&name)).unwrap();
        assert!(written == served, "{name} differs from what was served");
    }
    let mut names: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["blue.ppm", "green.ppm", "red.ppm", "white.ppm"]);
}

#[test]
fn an_empty_body_is_an_error_and_no_file_is_written() {
    let dir = fresh_dir("listing-18-04-empty");
    let (address, server) = serve(vec![("empty.ppm".to_owned(), Vec::new())], 1).unwrap();
    let url = format!("http://{address}/images/empty.ppm");
    assert_eq!(
        download(&url, &dir),
        Err(format!("{url}: the server sent an empty body"))
    );
    server.join().unwrap();
    assert!(!dir.join("empty.ppm").exists());
}

#[test]
fn a_missing_file_is_an_error() {
    let dir = fresh_dir("listing-18-04-missing");
    let (address, server) = serve(images(), 1).unwrap();
    let url = format!("http://{address}/images/black.ppm");
    assert_eq!(
        download(&url, &dir),
        Err(format!("{url}: HTTP/1.1 404 Not Found"))
    );
    server.join().unwrap();
}

#[test]
fn bad_arguments_are_a_one_line_error() {
    let missing = Path::new(env!("CARGO_TARGET_TMPDIR")).join("listing-18-04-no-such-dir");
    let missing = missing.to_str().unwrap();
    for (args, message) in [
        (
            vec!["a", "b"],
            "error: usage: listing-18-04 [DIR]\n".to_owned(),
        ),
        (
            vec![missing],
            format!("error: {missing} is not a directory\n"),
        ),
    ] {
        let live = run_unchecked(BIN, &args);
        assert_eq!(live.status.code(), Some(2), "{args:?}");
        assert_eq!(live.stderr, message);
        assert!(live.stdout.is_empty());
    }
}

#[test]
fn the_pool_is_the_one_of_listing_18_02() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert_copied(
        &here.join("../listing-18-02"),
        Region::Above("main"),
        here,
        Region::Module("pool"),
    );
}
