use std::fs;
use std::path::{Path, PathBuf};
use std::thread;
use std::time::Duration;

use book_support::prose::assert_states;
use book_support::{assert_one_line_error, assert_prints_book_output, book_output, bounded};
use listing_20_01::{JobError, ProcessPool};
use solution_20_02::map_chunked;

const BIN: &str = env!("CARGO_BIN_EXE_solution-20-02");

/// The same sum as the starting code's, in ten round trips instead of a thousand.
#[test]
fn prints_what_the_book_shows_with_the_starting_codes_sum() {
    let live = assert_prints_book_output(BIN, env!("CARGO_MANIFEST_DIR"));
    let start = Path::new(env!("CARGO_MANIFEST_DIR")).join("../exercise-20-02");
    let sum = |output: &str| output.rsplit(' ').next().unwrap().to_owned();
    assert_eq!(
        sum(&live.stdout),
        sum(&book_output(start.to_str().unwrap()))
    );
}

/// The results are `map`'s, job for job, errors included, whatever the chunk size.
#[test]
fn the_results_are_maps_for_every_chunk_size() {
    bounded(|| {
        let mut pool = ProcessPool::with_program(Path::new(BIN), 2).unwrap();
        let jobs: Vec<String> = (0..23)
            .map(|n| match n % 7 {
                3 => format!("square x{n}"),
                5 => "dance".to_owned(),
                _ => format!("square {n}"),
            })
            .collect();
        let show = |results: Vec<Result<String, JobError>>| -> Vec<String> {
            results.into_iter().map(|r| format!("{r:?}")).collect()
        };
        // The solution's workers take chunks: a chunk of one is a plain job.
        let expected = show(map_chunked(&mut pool, &jobs, 1));
        assert_eq!(expected[3], "Err(Failed(\"not a number: `x3`\"))");
        assert_eq!(expected[4], "Ok(\"16\")");
        for size in [2, 5, 10, 23, 100] {
            assert_eq!(
                show(map_chunked(&mut pool, &jobs, size)),
                expected,
                "size {size}"
            );
        }
    });
}

/// A worker that logs every line it receives: 25 jobs in chunks of 10 are 3 lines.
#[cfg(unix)]
#[test]
fn each_chunk_is_one_round_trip() {
    use std::os::unix::fs::PermissionsExt;
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("solution-20-02-lines");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    let (script, log): (PathBuf, PathBuf) = (dir.join("worker"), dir.join("lines.log"));
    let body = format!(
        "#!/bin/sh\nwhile IFS= read -r line; do\n  echo x >> '{}'\n  \
         printf 'ok %s\\n' \"$(printf '%s' \"$line\" | sed 's/[^\\t]*/ok done/g')\"\ndone\n",
        log.display()
    );
    fs::write(&script, body).unwrap();
    fs::set_permissions(&script, fs::Permissions::from_mode(0o755)).unwrap();
    let jobs: Vec<String> = (0..25).map(|n| format!("job {n}")).collect();
    let results = bounded(move || {
        let mut pool = (0..100)
            .find_map(|_| match ProcessPool::with_program(&script, 2) {
                Err(e) if e.raw_os_error() == Some(26) => {
                    thread::sleep(Duration::from_millis(10));
                    None // ETXTBSY: another test's process start still holds the file
                }
                started => Some(started.unwrap()),
            })
            .unwrap();
        map_chunked(&mut pool, &jobs, 10)
    });
    assert_eq!(results.len(), 25);
    assert!(
        results.iter().all(|r| matches!(r.as_deref(), Ok("done"))),
        "{results:?}"
    );
    assert_eq!(fs::read_to_string(log).unwrap().lines().count(), 3);
}

#[test]
fn a_job_with_a_tab_is_refused() {
    bounded(|| {
        let mut pool = ProcessPool::with_program(Path::new(BIN), 1).unwrap();
        let jobs = ["square 2".to_owned(), "square\t3".to_owned()];
        let results = map_chunked(&mut pool, &jobs, 2);
        assert!(
            results
                .iter()
                .all(|r| matches!(r, Err(JobError::Failed(_))))
        );
    });
}

#[test]
fn bad_arguments_are_a_one_line_error() {
    assert_one_line_error(BIN, &["workers"], "Error: usage: solution-20-02 [worker]\n");
}

/// The chapter says how many round trips the 1,000 squares take in chunks: 10.
#[test]
fn the_chapter_states_the_number_of_round_trips() {
    let shown = book_output(env!("CARGO_MANIFEST_DIR"));
    let (jobs, rest) = shown.split_once(" jobs, ").unwrap();
    let (round_trips, _) = rest.split_once(" round trips").unwrap();
    assert_states(env!("CARGO_MANIFEST_DIR"), &[jobs, round_trips]);
}
