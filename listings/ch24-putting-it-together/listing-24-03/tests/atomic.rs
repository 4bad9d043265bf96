//! Whole files or none: no body cut short, no attempt that timed out, no download dropped
//! half-way leaves a file behind, under its name or a temporary one.

use std::time::Duration;

use book_support::downloads::{assert_files_are, files_in, fresh_dir, url_list};
use book_support::run_unchecked;
use image_server::{Answer, ImageServer, Script, images};
use listing_24_03::download_atomically;

const BIN: &str = env!("CARGO_BIN_EXE_listing-24-03");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");

/// red.ppm's first body is cut short, blue.ppm's first attempt hangs past the timeout (0.25 s),
/// and green.ppm's body is cut short every time: red and blue are saved whole on the second
/// attempt, green not at all, and no temporary file is left.
#[test]
fn a_file_is_saved_whole_or_not_at_all() {
    let files = images();
    let cut = [Answer::Truncated, Answer::Truncated, Answer::Truncated];
    let script = Script::new()
        .answers("red.ppm", [Answer::Truncated])
        .answers("green.ppm", cut)
        .answers("blue.ppm", [Answer::Hang]);
    let server = ImageServer::scripted(files.clone(), script).unwrap();
    let dir = fresh_dir(TMP, "listing-24-03-whole");
    let (list, out) = (url_list(&dir, &server.urls()), dir.join("out"));
    let out_arg = out.to_str().unwrap();
    let live = run_unchecked(BIN, &["--timeout", "0.25", "--out", out_arg, &list]);

    assert_eq!(live.status.code(), Some(1), "{}", live.stderr);
    assert_eq!(
        live.stdout,
        "downloaded 3: red.ppm, blue.ppm, white.ppm\nfailed 1: green.ppm\n"
    );
    let stats = server.stats();
    assert_eq!(
        [
            &stats.requests_for("red.ppm"),
            &stats.requests_for("green.ppm")
        ],
        [&2, &3]
    );
    assert_files_are(&out, &[&files[0], &files[2], &files[3]]);
    assert_saved_for_the_owner_only(&out.join("red.ppm"));
}

/// `NamedTempFile` makes its file readable and writable by its owner only, and the rename keeps
/// that mode: the saved file is 0600, as the chapter says.
#[cfg(unix)]
fn assert_saved_for_the_owner_only(path: &std::path::Path) {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{}", path.display());
    book_support::prose::assert_states(env!("CARGO_MANIFEST_DIR"), &[format!("{mode:04o}")]);
}

#[cfg(not(unix))]
fn assert_saved_for_the_owner_only(_: &std::path::Path) {}

/// The download's future, dropped while the body is half-way (the server hangs): its temporary
/// file was there, and is gone; the final name never appeared; the connection is closed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_download_dropped_half_way_leaves_no_file() {
    let script = Script::new().answers("white.ppm", [Answer::Hang]);
    let server = ImageServer::scripted(images(), script).unwrap();
    let dir = fresh_dir(TMP, "listing-24-03-dropped");
    let client = reqwest::Client::new();
    let (url, path) = (server.url("white.ppm"), dir.join("white.ppm"));
    let download = download_atomically(&client, &url, &path);
    let temporary_file_appears = async {
        loop {
            let files = files_in(&dir);
            if let [name] = &files[..] {
                assert!(name.starts_with(".tmp"), "{name}");
                return;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    };
    let waiting = tokio::time::timeout(Duration::from_secs(5), temporary_file_appears);
    tokio::select! {
        result = download => panic!("the download ended: {result:?}"),
        waited = waiting => waited.expect("no temporary file within 5 s"),
    }
    // `select!` has dropped the download.
    assert_eq!(files_in(&dir), Vec::<String>::new());
    // (Waiting blocks this thread; the client's connection closes on the other.)
    tokio::task::block_in_place(|| {
        server.wait_until("the connection closed", |stats| stats.in_flight == 0)
    });
}
