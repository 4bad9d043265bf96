use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use book_support::{assert_book_output, assert_one_line_error, run_command};
use image_server::{ImageServer, images};
use listing_18_04::download;

const BIN: &str = env!("CARGO_BIN_EXE_listing-18-04");

/// A directory of its own for one test, empty.
fn fresh_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// The real program, with its temporary directory in a fresh directory of the test's.
#[test]
fn downloads_every_image_byte_for_byte_and_prints_one_line_per_url_in_input_order() {
    let tmp = fresh_dir("listing-18-04");
    let mut command = Command::new(BIN);
    command.env("TMPDIR", &tmp);
    let live = run_command(command);
    assert!(live.status.success(), "{}", live.stderr);
    let expected: Vec<String> = images()
        .iter()
        .map(|(name, bytes)| format!("downloaded {name} ({} bytes)", bytes.len()))
        .collect();
    assert_eq!(live.stdout.lines().collect::<Vec<_>>(), expected);
    let dir = tmp.join("listing-18-04");
    for (name, served) in images() {
        let written = fs::read(dir.join(&name)).unwrap();
        assert!(written == served, "{name} differs from what was served");
    }
    assert_eq!(
        fs::read_dir(&dir).unwrap().count(),
        4,
        "four files, nothing else"
    );
    assert_book_output(env!("CARGO_MANIFEST_DIR"), &live.stdout);
}

#[test]
fn an_empty_body_is_an_error_and_no_file_is_written() {
    let dir = fresh_dir("listing-18-04-empty");
    let server = ImageServer::serving(vec![("empty.ppm".to_owned(), Vec::new())]).unwrap();
    let url = server.url("empty.ppm");
    let error = download(&url, &dir).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!("{url}: the server sent an empty body")
    );
    assert!(!dir.join("empty.ppm").exists());
}

#[test]
fn a_missing_file_is_an_error() {
    let dir = fresh_dir("listing-18-04-missing");
    let server = ImageServer::start().unwrap();
    let url = server.url("black.ppm");
    let error = download(&url, &dir).unwrap_err();
    assert_eq!(error.to_string(), format!("{url}: http status: 404"));
    assert_eq!(fs::read_dir(&dir).unwrap().count(), 0);
}

#[test]
fn an_argument_is_a_one_line_error() {
    assert_one_line_error(
        BIN,
        &["some-dir"],
        "Error: usage: listing-18-04 (it takes no arguments)\n",
    );
}
