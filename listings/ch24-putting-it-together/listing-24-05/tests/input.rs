//! Bad input: each mistake is one line on stderr and exit status 1, and nothing is written or
//! downloaded, since everything is checked first.

use std::fs;
use std::path::PathBuf;

use book_support::assert_one_line_error;
use book_support::downloads::{files_in, fresh_dir};
use image_server::ImageServer;

const BIN: &str = env!("CARGO_BIN_EXE_listing-24-05");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");
const USAGE: &str = "usage: listing-24-05 [--jobs K] [--timeout SECONDS] [--grace SECONDS] \
                     [--out DIR] [URL_LIST_FILE]";

/// A directory of the test's, holding `urls.txt` with `lines`; returns the list's path and an
/// output directory in it, which does not exist yet.
fn list_of(test: &str, lines: &[&str]) -> (String, PathBuf) {
    let dir = fresh_dir(TMP, test);
    let list = dir.join("urls.txt");
    fs::write(&list, lines.join("\n") + "\n").unwrap();
    (list.to_str().unwrap().to_owned(), dir.join("out"))
}

/// Runs the program with `--out` first, then `args`, and checks the one line of error and that
/// the output directory was never made.
fn refused(test: &str, lines: &[&str], args: &[&str], error: &str) {
    let (list, out) = list_of(test, lines);
    let out_arg = out.to_str().unwrap();
    let args: Vec<&str> = ["--out", out_arg]
        .into_iter()
        .chain(
            args.iter()
                .map(|arg| if *arg == "@LIST@" { list.as_str() } else { arg }),
        )
        .collect();
    let error = format!("Error: {}\n", error.replace("@LIST@", &list));
    assert_one_line_error(BIN, &args, &error);
    assert!(!out.exists(), "{} was made", out.display());
}

#[test]
fn bad_options_are_refused() {
    let url = ["http://127.0.0.1:1/images/red.ppm"];
    let cases: [(&[&str], String); 9] = [
        (
            &["--jobs", "0", "@LIST@"],
            "--jobs takes 1 or more, not 0".into(),
        ),
        (
            &["--jobs", "two", "@LIST@"],
            "--jobs takes a whole number, not \"two\"".into(),
        ),
        (&["--jobs"], format!("--jobs needs a value; {USAGE}")),
        (
            &["--timeout", "0", "@LIST@"],
            "--timeout takes a number of seconds, not \"0\"".into(),
        ),
        (
            &["--grace=-1", "@LIST@"],
            "--grace takes a number of seconds, not \"-1\"".into(),
        ),
        (
            &["--grace", "soon", "@LIST@"],
            "--grace takes a number of seconds, not \"soon\"".into(),
        ),
        (
            &["--verbose", "@LIST@"],
            format!("unknown option --verbose; {USAGE}"),
        ),
        (
            &["-j", "2", "@LIST@"],
            format!("unknown option -j; {USAGE}"),
        ),
        (
            &["@LIST@", "more.txt"],
            format!("one URL list at most, not @LIST@ and more; {USAGE}"),
        ),
    ];
    for (index, (args, error)) in cases.iter().enumerate() {
        refused(&format!("listing-24-05-option-{index}"), &url, args, error);
    }
}

#[test]
fn bad_url_lists_are_refused() {
    let red = "http://127.0.0.1:1/images/red.ppm";
    let cases: [(&[&str], &str); 7] = [
        (
            &[red, "", "ftp://127.0.0.1/green.ppm"],
            "@LIST@:3: not an http URL: ftp://127.0.0.1/green.ppm",
        ),
        (
            &["https://127.0.0.1/red.ppm"],
            "@LIST@:1: not an http URL: https://127.0.0.1/red.ppm",
        ),
        (
            &["http:///red.ppm"],
            "@LIST@:1: not an http URL: http:///red.ppm",
        ),
        (
            &["http://127.0.0.1:1/images/"],
            "@LIST@:1: no file name at the end of http://127.0.0.1:1/images/",
        ),
        (
            &["http://127.0.0.1:1"],
            "@LIST@:1: no file name at the end of http://127.0.0.1:1",
        ),
        (
            &[red, "# a comment", "http://127.0.0.1:2/red.ppm"],
            "@LIST@:3: red.ppm again: line 1 saves to that name already",
        ),
        (&["# only a comment", ""], "@LIST@: no URLs"),
    ];
    for (index, (lines, error)) in cases.iter().enumerate() {
        refused(
            &format!("listing-24-05-list-{index}"),
            lines,
            &["@LIST@"],
            error,
        );
    }
    let missing = format!("{TMP}/no-such-list.txt");
    let error = format!("cannot read {missing}: No such file or directory (os error 2)");
    refused("listing-24-05-no-list", &[], &[&missing], &error);
}

/// An output directory that cannot be made (tests run as root, whom permissions do not stop:
/// a path under a regular file cannot be a directory): refused before anything is downloaded.
#[test]
fn an_output_directory_that_cannot_be_made_is_refused_before_any_download() {
    let server = ImageServer::start().unwrap();
    let dir = fresh_dir(TMP, "listing-24-05-unwritable");
    let list = dir.join("urls.txt");
    fs::write(&list, server.urls().join("\n")).unwrap();
    let out = dir.join("urls.txt/sub");
    let error = format!(
        "Error: cannot make the directory {}: Not a directory (os error 20)\n",
        out.display()
    );
    let args = ["--out", out.to_str().unwrap(), list.to_str().unwrap()];
    assert_one_line_error(BIN, &args, &error);
    assert_eq!(server.stats().total(), 0, "nothing downloaded");
    assert_eq!(files_in(&dir), ["urls.txt"]);
}

/// `--help` is not a mistake: the usage on stdout, exit status 0, nothing written.
#[test]
fn help_prints_the_usage() {
    let (_, out) = list_of("listing-24-05-help", &[]);
    let live = book_support::run(BIN, &["--out", out.to_str().unwrap(), "--help"]);
    assert_eq!(live.stdout, format!("{USAGE}\n"));
    assert_eq!(live.stderr, "");
    assert!(!out.exists());
}

/// The section states the grace period's default (3 s) and the exit status after a Ctrl-C (130).
#[test]
fn the_chapter_states_the_grace_period_and_the_status() {
    let grace = listing_24_05::GRACE.as_secs_f64().to_string();
    let status = listing_24_04::INTERRUPTED.to_string();
    book_support::prose::assert_states(env!("CARGO_MANIFEST_DIR"), &[grace, status]);
}
