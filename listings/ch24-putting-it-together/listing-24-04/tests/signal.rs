//! The real program, sent a real SIGINT (what Ctrl-C sends) in the middle of its downloads:
//! when the server sees them in flight, never after a sleep.

use std::process::Command;

use book_support::downloads::{Running, assert_files_are, fresh_dir, url_list};
use image_server::{Answer, File, ImageServer, Script, images, picture};

const BIN: &str = env!("CARGO_BIN_EXE_listing-24-04");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");

fn six_files() -> Vec<File> {
    let mut files = images();
    files.push(picture("black", 40, [0, 0, 0]));
    files.push(picture("grey", 20, [128, 128, 128]));
    files
}

/// Six files, two at a time, whose answers the server holds. Once it sees two requests in
/// flight, the test sends SIGINT, waits until the program says that no more downloads start,
/// and only then lets the server answer. The two running downloads finish, whole; the four
/// others never start (the server sees no other request); the report says so; exit status
/// 130. Three runs, to catch a race.
#[test]
#[cfg_attr(not(unix), ignore = "sends SIGINT, a Unix signal")]
fn the_first_ctrl_c_lets_the_running_downloads_finish_and_starts_no_more() {
    for run in 1..=3 {
        let files = six_files();
        let script = Script::new().first_answer_to_all(&files, Answer::Held);
        let server = ImageServer::scripted(files.clone(), script).unwrap();
        let dir = fresh_dir(TMP, &format!("listing-24-04-ctrl-c-{run}"));
        let (list, out) = (url_list(&dir, &server.urls()), dir.join("out"));
        let mut command = Command::new(BIN);
        command.arg("--out").arg(&out).arg(&list);
        let mut running = Running::start(command);

        server.wait_until("two requests in flight", |stats| stats.in_flight == 2);
        running.interrupt();
        running.wait_for_stderr("saying that it stops", |line| {
            line == "interrupted: no more downloads start; the running ones finish"
        });
        server.release();
        let live = running.finish();

        assert_eq!(live.status.code(), Some(130), "run {run}: {}", live.stderr);
        assert_eq!(
            live.stdout,
            "downloaded 2: red.ppm, green.ppm\nfailed 0\nnot started 4: blue.ppm, white.ppm, \
             black.ppm, grey.ppm\ninterrupted by Ctrl-C\n",
            "run {run}"
        );
        assert_eq!(
            server.stats().total(),
            2,
            "run {run}: no other download started"
        );
        assert_files_are(&out, &[&files[0], &files[1]]);
        let mut stderr: Vec<&str> = live.stderr.lines().collect();
        stderr[2..].sort();
        assert_eq!(
            stderr[1..],
            [
                "interrupted: no more downloads start; the running ones finish",
                "done green.ppm (1741 bytes)",
                "done red.ppm (781 bytes)",
            ],
            "run {run}"
        );
    }
}
