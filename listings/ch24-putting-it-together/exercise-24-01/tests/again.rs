//! What the exercise is about: a second run into the same directory fetches every file again,
//! also those that the first run saved whole.

use book_support::downloads::{assert_files_are, fresh_dir, url_list};
use book_support::run_unchecked;
use image_server::{ImageServer, images};

const BIN: &str = env!("CARGO_BIN_EXE_exercise-24-01");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");

/// A first run saves red.ppm and green.ppm; the second, on all four URLs, asks the server for
/// those two again.
#[test]
fn a_second_run_fetches_every_file_again() {
    let files = images();
    let server = ImageServer::serving(files.clone()).unwrap();
    let dir = fresh_dir(TMP, "exercise-24-01-again");
    let (urls, out) = (server.urls(), dir.join("out"));
    let out_arg = out.to_str().unwrap();

    let first = run_unchecked(BIN, &["--out", out_arg, &url_list(&dir, &urls[..2])]);
    assert!(first.status.success(), "{}", first.stderr);
    assert_files_are(&out, &[&files[0], &files[1]]);

    let second = run_unchecked(BIN, &["--out", out_arg, &url_list(&dir, &urls)]);
    assert!(second.status.success(), "{}", second.stderr);
    assert_eq!(
        second.stdout,
        "downloaded 4: red.ppm, green.ppm, blue.ppm, white.ppm\nfailed 0\n"
    );
    let stats = server.stats();
    let asked: Vec<usize> = files
        .iter()
        .map(|(name, _)| stats.requests_for(name))
        .collect();
    assert_eq!(asked, [2, 2, 1, 1]);
    assert_files_are(&out, &files.iter().collect::<Vec<_>>());
}
