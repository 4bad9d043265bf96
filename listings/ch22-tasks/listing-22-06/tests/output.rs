use book_support::run;
use book_support::tasks::{assert_in_order, check_live_and_shown, seconds};

const FILES: [&str; 4] = ["red.ppm", "green.ppm", "blue.ppm", "white.ppm"];

/// Any run: each download starts once and ends once, in that order; at no point are more than
/// two running (a download prints `started` after taking its permit and `done` before giving it
/// back); and the run ends with the time it took, at least 0.04 s: blue (30 ms) starts only
/// when green or red has ended, 10 ms in at the earliest. Returns the seconds.
fn check(output: &str) -> f64 {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 9, "{output}");
    for name in FILES {
        assert_in_order(
            &lines,
            &[format!("{name}: started"), format!("{name}: done")],
        );
    }
    let mut running = 0;
    for line in &lines[..8] {
        if line.ends_with(": started") {
            running += 1;
            assert!(running <= 2, "three downloads at once:\n{output}");
        } else {
            assert!(line.ends_with(": done"), "{line:?} in:\n{output}");
            running -= 1;
        }
    }
    let took = seconds(lines[8], "took ");
    assert!(took >= 0.04, "the downloads took {took} s");
    took
}

/// The run the book shows took 0.04 s, as the timeline on the paused clock says.
#[test]
fn at_most_two_downloads_at_once() {
    let live = run(env!("CARGO_BIN_EXE_listing-22-06"), &[]);
    let took = check_live_and_shown(env!("CARGO_MANIFEST_DIR"), &live.stdout, check);
    assert_eq!(took, 0.04);
}
