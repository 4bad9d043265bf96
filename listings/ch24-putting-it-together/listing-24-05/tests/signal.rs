//! The real program, sent a real SIGINT (what Ctrl-C sends) in the middle of its downloads:
//! when the server sees them in flight, never after a sleep. Each test runs three times, to
//! catch a race.

use std::process::Command;

use book_support::downloads::{Running, assert_files_are, fresh_dir, url_list};
use book_support::{Output, bounded};
use image_server::{Answer, File, ImageServer, Script, Stats, images, picture};

const BIN: &str = env!("CARGO_BIN_EXE_listing-24-05");
const TMP: &str = env!("CARGO_TARGET_TMPDIR");
const STOPS: &str = "interrupted: no more downloads start; Ctrl-C again, or 3 s from now, \
                     cancels the running ones";

fn six_files() -> Vec<File> {
    let mut files = images();
    files.push(picture("black", 40, [0, 0, 0]));
    files.push(picture("grey", 20, [128, 128, 128]));
    files
}

/// Six files, two at a time: red.ppm and green.ppm are answered at once, every other answer
/// hangs half-way through its body. Runs the program with `options`, and once the server sees
/// blue.ppm and white.ppm in flight, `interrupt`s it; returns what it printed and what the
/// server saw. (Each attempt may take 10 s, so that a slow machine cannot make one time out.)
fn interrupted_while_two_hang(
    test: &str,
    options: &[&str],
    interrupt: impl FnOnce(&mut Running) + Send + 'static,
) -> (Output, Vec<File>, std::path::PathBuf, Stats) {
    let files = six_files();
    let script = Script::new().first_answer_to_all(&files[2..], Answer::Hang);
    let server = ImageServer::scripted(files.clone(), script).unwrap();
    let dir = fresh_dir(TMP, test);
    let (list, out) = (url_list(&dir, &server.urls()), dir.join("out"));
    let mut command = Command::new(BIN);
    command.args(["--timeout", "10"]).args(options);
    command.arg("--out").arg(&out).arg(&list);
    let (live, stats) = bounded(move || {
        let mut running = Running::start(command);
        server.wait_until("blue.ppm and white.ppm in flight", |stats| {
            stats.total() == 4 && stats.in_flight == 2
        });
        interrupt(&mut running);
        let live = running.finish();
        let stats = server.wait_until("the connections closed", |stats| stats.in_flight == 0);
        (live, stats)
    });
    (live, files, out, stats)
}

/// What the program prints when the two downloads running at the Ctrl-C were cancelled: the
/// two done before it are downloaded, whole; the two cancelled failed and left no file, not
/// even a temporary one; the last two never started; exit status 130.
fn assert_cancelled_two(live: &Output, files: &[File], out: &std::path::Path, stats: &Stats) {
    assert_eq!(live.status.code(), Some(130), "{}", live.stderr);
    assert_eq!(
        live.stdout,
        "downloaded 2: red.ppm, green.ppm\nfailed 2: blue.ppm, white.ppm\nnot started 2: \
         black.ppm, grey.ppm\ninterrupted by Ctrl-C\n"
    );
    assert_eq!(stats.total(), 4, "{stats:?}");
    assert_files_are(out, &[&files[0], &files[1]]);
    for name in ["blue.ppm", "white.ppm"] {
        let line = format!("failed {name}: cancelled");
        assert!(live.stderr.lines().any(|l| l == line), "{}", live.stderr);
    }
}

/// Ctrl-C twice: the second cancels the two running downloads at once.
#[test]
#[cfg_attr(not(unix), ignore = "sends SIGINT, a Unix signal")]
fn a_second_ctrl_c_cancels_the_running_downloads() {
    for run in 1..=3 {
        let test = format!("listing-24-05-twice-{run}");
        let (live, files, out, stats) = interrupted_while_two_hang(&test, &[], |running| {
            running.interrupt();
            running.wait_for_stderr("saying that it stops", |line| line == STOPS);
            running.interrupt();
        });
        assert_cancelled_two(&live, &files, &out, &stats);
        let cancelling = "Ctrl-C again: cancelling the running downloads";
        assert!(
            live.stderr.lines().any(|l| l == cancelling),
            "{}",
            live.stderr
        );
    }
}

/// One Ctrl-C, and a grace period of 0.05 s, which the hanging downloads outlast: its end
/// cancels them.
#[test]
#[cfg_attr(not(unix), ignore = "sends SIGINT, a Unix signal")]
fn the_end_of_the_grace_period_cancels_the_running_downloads() {
    for run in 1..=3 {
        let test = format!("listing-24-05-grace-{run}");
        let options = ["--grace", "0.05"];
        let (live, files, out, stats) = interrupted_while_two_hang(&test, &options, |running| {
            running.interrupt();
        });
        assert_cancelled_two(&live, &files, &out, &stats);
        let stops = STOPS.replace(" 3 s ", " 0.05 s ");
        let over = "grace period over: cancelling the running downloads";
        assert!(live.stderr.lines().any(|l| l == stops), "{}", live.stderr);
        assert!(live.stderr.lines().any(|l| l == over), "{}", live.stderr);
    }
}

/// One Ctrl-C, and downloads that end within the grace period: as in Listing 24-4, they
/// finish, whole, and no other starts. The server holds its answers until the program has
/// said that no more downloads start.
#[test]
#[cfg_attr(not(unix), ignore = "sends SIGINT, a Unix signal")]
fn downloads_that_end_within_the_grace_period_finish() {
    for run in 1..=3 {
        let files = six_files();
        let script = Script::new().first_answer_to_all(&files, Answer::Held);
        let server = ImageServer::scripted(files.clone(), script).unwrap();
        let dir = fresh_dir(TMP, &format!("listing-24-05-once-{run}"));
        let (list, out) = (url_list(&dir, &server.urls()), dir.join("out"));
        let mut command = Command::new(BIN);
        command.arg("--out").arg(&out).arg(&list);
        let mut running = Running::start(command);

        server.wait_until("two requests in flight", |stats| stats.in_flight == 2);
        running.interrupt();
        running.wait_for_stderr("saying that it stops", |line| line == STOPS);
        server.release();
        let live = running.finish();

        assert_eq!(live.status.code(), Some(130), "run {run}: {}", live.stderr);
        assert_eq!(
            live.stdout,
            "downloaded 2: red.ppm, green.ppm\nfailed 0\nnot started 4: blue.ppm, white.ppm, \
             black.ppm, grey.ppm\ninterrupted by Ctrl-C\n",
            "run {run}"
        );
        assert_eq!(server.stats().total(), 2, "run {run}");
        assert_files_are(&out, &[&files[0], &files[1]]);
        assert!(!live.stderr.contains("cancelling"), "{}", live.stderr);
    }
}
