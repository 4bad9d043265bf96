//! The book's Python: every `listings/<chapter>/python/*.py` runs under `python3`, on the fast
//! clock of `tests/python/fast_clock.py` (virtual time: exact and instant), and prints what its
//! comments and its chapter say it prints. Output that is the same on every run is compared with
//! the `.out` beside the script (`BLESS=1` rewrites it from the run); where threads or processes
//! interleave, invariants are checked on the run and on the stored `.out`. One test per script
//! (Chapter 24's downloader has more: it runs on the real clock, against the image server, and
//! is sent Ctrl-C; see `Script::real_clock`). Without `python3` on `PATH` (build.rs sets
//! `cfg(no_python3)`), those tests are `ignored`.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use book_support::book::{LANGUAGES, Language, Page, root};
use book_support::downloads::{assert_files_are, files_in, sorted_lines_starting_with};
use book_support::python::{Script, Started, scripts_on_disk};
use book_support::tasks::assert_in_order;
use book_support::threads::{assert_phases_apart, assert_threads_then};
use book_support::{assert_numbered_lines, lines_starting_with, position};
use image_server::{Answer, File, ImageServer, Script as ServerScript, images, picture};

/// The interpreter that `python3` on `PATH` starts, as build.rs found it.
const PYTHON3: &str = match option_env!("BOOK_PYTHON3") {
    Some(path) => path,
    None => "python3",
};

/// The oldest Python each chapter's code needs, and why. The chapter's page says so, in both
/// languages (`each_chapter_names_the_oldest_python_its_code_needs`); each script of the chapter
/// must be valid syntax of that version (`each_script_is_valid_syntax_of_…`), and the runner
/// refuses to run it on an older Python.
const NEEDS: &[(&str, &str, &str)] = &[
    (
        "ch15-threads",
        "3.10",
        "the exception is printed as `Exception in thread Thread-1 (fail):`",
    ),
    ("ch16-advanced-threads", "3.6", "f-strings"),
    ("ch17-locks", "3.6", "f-strings"),
    ("ch18-thread-pools", "3.6", "f-strings"),
    ("ch19-processes", "3.6", "f-strings"),
    ("ch20-process-pools", "3.6", "f-strings"),
    ("ch21-coroutines", "3.7", "asyncio.run"),
    ("ch22-tasks", "3.7", "asyncio.run, asyncio.create_task"),
    (
        "ch23-advanced-tasks",
        "3.11",
        "`except TimeoutError` catches `asyncio.wait_for`'s timeout",
    ),
    (
        "ch24-putting-it-together",
        "3.11",
        "asyncio.TaskGroup, asyncio.timeout",
    ),
];

/// The scripts of a "Beyond the lesson" section that need a newer Python than their chapter's
/// lesson, and why. The section says so before the script's block, in both languages
/// (`each_newer_script_names_the_python_it_needs`). A script that needs a newer Python than the
/// machine's is reported `ignored` (`cfg(python_older_than_3_14)`, set by build.rs).
const NEWER: &[(&str, &str, &str)] = &[
    (
        "ch20-process-pools/python/interpreter_pool.py",
        "3.14",
        "concurrent.futures.InterpreterPoolExecutor",
    ),
    (
        "ch22-tasks/python/task_group.py",
        "3.11",
        "asyncio.TaskGroup, except*",
    ),
];

/// The oldest Python a script needs: its entry in `NEWER`, or else its chapter's in `NEEDS`.
fn needs_of(path: &str) -> &'static str {
    if let Some((_, needs, _)) = NEWER.iter().find(|(p, ..)| *p == path) {
        return needs;
    }
    let chapter = path.split('/').next().unwrap_or_default();
    let (_, needs, _) = NEEDS
        .iter()
        .find(|(c, ..)| *c == chapter)
        .unwrap_or_else(|| panic!("{path}: chapter {chapter} is not in NEEDS"));
    needs
}

/// A script of the book, relative to `listings/`, to run with the oldest Python it needs.
fn script(path: &'static str) -> Script {
    Script::new(path, needs_of(path))
}

/// One test per script: `fn name(script = "path") { … }` runs the body with `script` (attributes
/// such as a doc comment or a `cfg_attr(…, ignore = "…")` go before `fn`), and
/// `SCRIPTS` lists every path, so that a script without a test is found.
macro_rules! scripts {
    ($($(#[$attribute:meta])* fn $name:ident($script:ident = $path:literal) $body:block)*) => {
        const SCRIPTS: &[&str] = &[$($path),*];
        $(
            $(#[$attribute])*
            #[test]
            #[cfg_attr(no_python3, ignore = "needs python3 on PATH")]
            fn $name() {
                let $script = script($path);
                $body
            }
        )*
    };
}

scripts! {
    /// One call after the other, then each call on its own thread: the threads' lines interleave,
    /// each thread's in order, and the main thread's line comes after both `join`s.
    fn ch15_two_threads(script = "ch15-threads/python/two_threads.py") {
        script.run(PYTHON3).assert_quiet().assert_invariants(|output| {
            let lines: Vec<&str> = output.lines().collect();
            let sequential = ["A - 0", "A - 1", "A - 2", "B - 0", "B - 1", "B - 2", "B - 3"];
            assert_eq!(lines[..7], sequential, "one call after the other:\n{output}");
            assert_eq!(lines[7], "B - 4", "one call after the other:\n{output}");
            let threaded = lines[8..].join("\n");
            assert_threads_then(&threaded, &[("A", 3), ("B", 5)], &["Main thread ends"]);
        });
    }

    /// `join()` returns `None`; the exception goes to stderr, as the chapter quotes it.
    fn ch15_join_returns(script = "ch15-threads/python/join_returns.py") {
        let run = script.run(PYTHON3);
        run.assert_stored_output();
        assert_eq!(run.stdout, "None\n", "# None: the exception was … not raised here");
        let stderr: Vec<&str> = run.stderr.lines().collect();
        assert_eq!(stderr.first(), Some(&"Exception in thread Thread-1 (fail):"), "{}", run.stderr);
        assert_eq!(stderr.last(), Some(&"ValueError: count must be positive"), "{}", run.stderr);
    }

    /// A daemon thread: the main thread's line once; the worker's lines, as many as it printed
    /// before the interpreter exited, in order.
    fn ch15_daemon_thread(script = "ch15-threads/python/daemon_thread.py") {
        script.run(PYTHON3).assert_quiet().assert_invariants(|output| {
            let lines: Vec<&str> = output.lines().collect();
            position(&lines, "Main thread ends");
            let worker = lines_starting_with(output, "A - ");
            assert!(worker.len() <= 3, "{output}");
            assert_numbered_lines(output, "A", worker.len());
            assert_eq!(lines.len(), worker.len() + 1, "{output}");
        });
    }

    /// Two threads of a `Thread` subclass: each one's ten lines, in order.
    fn ch16_my_thread(script = "ch16-advanced-threads/python/my_thread.py") {
        script.run(PYTHON3).assert_quiet().assert_invariants(|output| {
            assert_threads_then(output, &[("A", 10), ("B", 10)], &[]);
        });
    }

    /// The interpreter waits for the non-daemon `t1` (all its lines), not for the daemon `t2`
    /// (stopped wherever it is); the main thread prints its line while `t1` still runs.
    fn ch16_daemon_threads(script = "ch16-advanced-threads/python/daemon_threads.py") {
        script.run(PYTHON3).assert_quiet().assert_invariants(|output| {
            let lines: Vec<&str> = output.lines().collect();
            assert_numbered_lines(output, "A", 5);
            let daemon = lines_starting_with(output, "B - ").len();
            assert!(daemon < 50, "the daemon thread ran to its end:\n{output}");
            assert_numbered_lines(output, "B", daemon);
            let main = position(&lines, "main: my own work is done");
            assert!(main < position(&lines, "A - 4"), "main's line after t1's last:\n{output}");
            assert_eq!(lines.len(), 5 + daemon + 1, "{output}");
        });
    }

    /// `put` and `get` with and without waiting, on a queue of three: `block=False` never
    /// waits, `timeout=0.1` waits 0.1 s.
    fn ch16_bounded_queue(script = "ch16-advanced-threads/python/bounded_queue.py") {
        let run = script.timed().run(PYTHON3);
        run.assert_quiet().assert_stored_output();
        run.assert_printed_at("put(4, block=False): Full", None, 0.0);
        run.assert_printed_at("put(4, timeout=0.1): Full", None, 0.1);
        run.assert_printed_at("get(block=False): Empty", None, 0.1);
        run.assert_printed_at("get(timeout=0.1): Empty", None, 0.2);
    }

    /// Daemon consumers: no message is consumed twice, each consumer gets each producer's in
    /// order, and at most five are lost at exit (three in the queue, one in each consumer's hands).
    fn ch16_producers_consumers(script = "ch16-advanced-threads/python/producers_consumers.py") {
        script.run(PYTHON3).assert_quiet().assert_invariants(|output| {
            let mut consumed = BTreeSet::new();
            let mut last: BTreeMap<(&str, &str), u32> = BTreeMap::new();
            for line in output.lines() {
                let parts: Vec<&str> = line.split(" - ").collect();
                let [consumer, producer, n] = parts[..] else {
                    panic!("unexpected line {line:?} in:\n{output}");
                };
                let n: u32 = n.parse().unwrap_or_else(|_| panic!("{line:?}"));
                assert!(["CA", "CB"].contains(&consumer), "{line:?}");
                assert!(["PA", "PB", "PC"].contains(&producer) && n < 10, "{line:?}");
                let first = consumed.insert((producer, n));
                assert!(first, "{producer} - {n} consumed twice:\n{output}");
                if let Some(previous) = last.insert((consumer, producer), n) {
                    assert!(previous < n, "{consumer} got {producer} - {n} after {previous}");
                }
            }
            assert!(consumed.len() >= 25, "only {} of 30 consumed:\n{output}", consumed.len());
        });
    }

    /// Without a lock: every step once, each thread's rounds and steps in order.
    fn ch17_rounds(script = "ch17-locks/python/rounds.py") {
        script.run(PYTHON3).assert_quiet().assert_invariants(|output| {
            check_rounds(output);
        });
    }

    /// With `task_lock` around a round, no other thread's line comes between its three steps.
    fn ch17_rounds_with_lock(script = "ch17-locks/python/rounds_with_lock.py") {
        script.run(PYTHON3).assert_quiet().assert_invariants(|output| {
            check_rounds(output);
            let lines: Vec<&str> = output.lines().collect();
            for round in lines.chunks(3) {
                let first = round[0].strip_suffix(" - step 1").unwrap_or_else(|| {
                    panic!("a round does not start with step 1: {round:?} in:\n{output}")
                });
                let whole = [1, 2, 3].map(|step| format!("{first} - step {step}"));
                assert_eq!(round, whole, "a round interrupted in:\n{output}");
            }
        });
    }

    /// The course's `SafeQueue`: a class, nothing printed.
    fn ch17_safe_queue(script = "ch17-locks/python/safe_queue.py") {
        script.run(PYTHON3).assert_quiet().assert_stored_output();
    }

    /// `threading.Barrier`, as Listing 17-15's `Barrier`: no phase 2 line before the last
    /// phase 1 line, and exactly one thread (the one `wait()` gave index 0) says it leads.
    fn ch17_barrier(script = "ch17-locks/python/barrier.py") {
        script.run(PYTHON3).assert_quiet().assert_invariants(|output| {
            assert_phases_apart(output, &["A", "B", "C"], "leader: phase 1 is done everywhere");
        });
    }

    /// `submit` and `map`: each task's steps in order; the results in the order asked for; the
    /// second executor starts after the first one's `with` block has ended.
    fn ch18_pool_tasks(script = "ch18-thread-pools/python/pool_tasks.py") {
        script.run(PYTHON3).assert_quiet().assert_invariants(|output| {
            let lines: Vec<&str> = output.lines().collect();
            assert_eq!(lines.len(), 12, "{output}");
            for (part, names) in [(&lines[..6], ["A", "B"]), (&lines[6..], ["C", "D"])] {
                for name in names {
                    let steps = [
                        format!("{name} - step 1"),
                        format!("{name} - step 2"),
                        format!("{name} complete"),
                    ];
                    assert_in_order(part, &steps);
                }
                // `future_a.result()` before `future_b.result()`; `map` in input order.
                let complete = names.map(|name| format!("{name} complete"));
                assert_in_order(part, &complete);
            }
        });
    }

    /// Downloads the four pictures of the image server into the current directory.
    fn ch18_download_images(script = "ch18-thread-pools/python/download_images.py") {
        assert_downloads(script);
    }

    /// One process, then three at once: about one second, not three, on the virtual clock that
    /// the processes share.
    fn ch19_processes(script = "ch19-processes/python/processes.py") {
        script.run(PYTHON3).assert_quiet().assert_invariants(|output| {
            let lines: Vec<&str> = output.lines().collect();
            let first = ["A - start", "A - end with 5050", "Main process over"];
            assert_eq!(lines[..3], first, "{output}");
            assert_eq!(lines.last(), Some(&"took 1.0 s"), "# about 1 s, not 3:\n{output}");
            let three = &lines[3..lines.len() - 1];
            assert_eq!(three.len(), 6, "{output}");
            for (name, sum) in [("A", 5050), ("B", 4950), ("C", 4851)] {
                let steps = [format!("{name} - start"), format!("{name} - end with {sum}")];
                assert_in_order(three, &steps);
            }
        });
    }

    /// `numbers 100 | sum` with two `Popen`s: the parent prints after both children have exited,
    /// so every run prints the same (5050, and both exit codes 0).
    fn ch19_pipeline(script = "ch19-processes/python/pipeline.py") {
        let run = script.run(PYTHON3);
        run.assert_quiet().assert_stored_output();
        assert_eq!(run.stdout, "numbers 100 | sum: 5050\nnumbers: 0; sum: 0\n");
    }

    /// Chapter 18's download on a process pool: the same files, the same lines.
    fn ch20_process_pool_download(script = "ch20-process-pools/python/process_pool_download.py") {
        assert_downloads(script.import_from("ch18-thread-pools/python"));
    }

    /// The function the interpreters run, in a module of its own: it prints nothing.
    fn ch20_primes(script = "ch20-process-pools/python/primes.py") {
        script.run(PYTHON3).assert_quiet().assert_stored_output();
    }

    /// The primes below 200,000 counted in 16 ranges on an `InterpreterPoolExecutor`: the
    /// count of Listing 20-3. (No run here has produced it: the book shows no output for it.)
    #[cfg_attr(
        python_older_than_3_14,
        ignore = "needs Python 3.14 (concurrent.futures.InterpreterPoolExecutor)"
    )]
    fn ch20_interpreter_pool(script = "ch20-process-pools/python/interpreter_pool.py") {
        let run = script.import_from("ch20-process-pools/python").run(PYTHON3);
        run.assert_quiet();
        assert_eq!(run.stdout, "17984 primes below 200000\n");
    }

    /// `# main -step 1, 3, main -step 2`
    fn ch21_calculate(script = "ch21-coroutines/python/calculate.py") {
        let run = script.run(PYTHON3);
        run.assert_quiet().assert_stored_output();
        assert_eq!(run.stdout, "main -step 1\n3\nmain -step 2\n");
    }

    /// Two plain calls, one after the other: `# about 2 s`.
    fn ch21_say_hello_sync(script = "ch21-coroutines/python/say_hello_sync.py") {
        let run = script.run(PYTHON3);
        run.assert_quiet().assert_stored_output();
        assert_eq!(run.stdout, "Hello\nWorld\nHello\nWorld\ntook 2.0 s\n");
    }

    /// Two coroutines under `gather`: both wait at once, `# about 1 s`.
    fn ch21_say_hello_async(script = "ch21-coroutines/python/say_hello_async.py") {
        let run = script.timed().run(PYTHON3);
        run.assert_quiet().assert_stored_output();
        assert_eq!(run.stdout, "Hello\nHello\nWorld\nWorld\ntook 1.0 s\n");
        run.assert_printed_at("took 1.0 s", None, 1.0);
    }

    /// `with_gather` and `with_tasks` take one second each; `main`'s tasks of 2 and 5 seconds
    /// overlap: `# about 5 s, not 7`.
    fn ch22_gather_and_tasks(script = "ch22-tasks/python/gather_and_tasks.py") {
        let run = script.timed().run(PYTHON3);
        run.assert_quiet().assert_stored_output();
        assert_eq!(run.times_of("World"), [1.0, 1.0, 2.0, 2.0], "when each `say_hello` ended");
        run.assert_printed_at("task 1 completed", Some("A - step 1"), 2.0);
        run.assert_printed_at("task 2 completed", Some("A - step 1"), 5.0);
        assert!(run.stdout.ends_with("spent 5.0 s\n"), "{}", run.stdout);
    }

    /// A queue of two, a fast producer and a slow consumer: three messages go at once, then
    /// one each time the consumer takes one, as in Listing 22-4.
    fn ch22_async_queue(script = "ch22-tasks/python/async_queue.py") {
        let run = script.timed().run(PYTHON3);
        run.assert_quiet().assert_stored_output();
        // Times from the first line, so that the interpreter's start does not count.
        run.assert_printed_at("sent 3", Some("sent 1"), 0.0);
        run.assert_printed_at("sent 4", Some("sent 1"), 0.01);
        run.assert_printed_at("sent 5", Some("sent 1"), 0.02);
        run.assert_printed_at("processed 5", Some("sent 1"), 0.05);
    }

    /// Four downloads, two at a time, as in Listing 22-6: blue starts at 10 ms, white at 20 ms,
    /// and the four take 40 ms.
    fn ch22_async_semaphore(script = "ch22-tasks/python/async_semaphore.py") {
        let run = script.timed().run(PYTHON3);
        run.assert_quiet().assert_stored_output();
        let first = Some("red.ppm: started");
        run.assert_printed_at("blue.ppm: started", first, 0.01);
        run.assert_printed_at("white.ppm: started", first, 0.02);
        run.assert_printed_at("blue.ppm: done", first, 0.04);
        assert!(run.stdout.ends_with("took 0.04 s\n"), "{}", run.stdout);
    }

    /// A task group waits for all its tasks (0.06 s); when one fails (0.02 s later), it cancels
    /// the others: A's second step is never printed.
    fn ch22_task_group(script = "ch22-tasks/python/task_group.py") {
        let run = script.timed().run(PYTHON3);
        run.assert_quiet().assert_stored_output();
        run.assert_printed_at("['A', 'C']", Some("C - step 1"), 0.06);
        let failed = "(RuntimeError('B failed'),)";
        run.assert_printed_at(failed, Some("['A', 'C']"), 0.02);
        assert_eq!(run.times_of("A - step 2").len(), 1, "A cancelled the second time");
    }

    /// Cancelling, timeouts and `gather`, one after the other, each at the times its comments
    /// give.
    fn ch23_cancel_timeout_gather(script = "ch23-advanced-tasks/python/cancel_timeout_gather.py") {
        let run = script.timed().run(PYTHON3);
        run.assert_quiet().assert_stored_output();
        let section = |name: &str| -> Vec<&str> {
            let header = format!("-- {name}");
            let lines: Vec<&str> = run.stdout.lines().collect();
            let start = position(&lines, &header) + 1;
            let next = lines[start..].iter().position(|l| l.starts_with("-- "));
            let end = next.map_or(lines.len(), |n| start + n);
            lines[start..end].to_vec()
        };
        // "Finished playing A" is never printed.
        assert_eq!(section("my_cancel"), ["Start playing A"]);
        assert_eq!(section("my_cancel_with_timeout"), ["Start playing B", "timeout"]);
        run.assert_printed_at("timeout", Some("-- my_cancel_with_timeout"), 2.0);
        // after 2 s; the task plays on: "Finished playing B" after 5 s.
        assert_eq!(section("my_timeout"), ["Start playing B", "timeout", "Finished playing B"]);
        run.assert_printed_at("timeout", Some("-- my_timeout"), 2.0);
        run.assert_printed_at("Finished playing B", Some("-- my_timeout"), 5.0);
        assert_eq!(section("my_gather").last(), Some(&"['A', 'B']"));
        run.assert_printed_at("['A', 'B']", Some("-- my_gather"), 5.0);
        let results = "['A', 'B', Exception('Error calling')]";
        assert_eq!(section("my_gather_with_exception").last(), Some(&results));
        run.assert_printed_at(results, Some("-- my_gather_with_exception"), 5.0);
    }

    /// `gather` raises the API's error at once, and the song plays on: not cancelled.
    fn ch23_gather_fail_fast(script = "ch23-advanced-tasks/python/gather_fail_fast.py") {
        let run = script.timed().run(PYTHON3);
        run.assert_quiet().assert_stored_output();
        run.assert_printed_at("gather: Error calling", None, 0.0);
        run.assert_printed_at("Finished playing A", None, 5.0);
    }

    /// `asyncio.wait` races a song against a timeout and a shutdown event: A ends in time at
    /// 1 s, B times out at 3 s and, its task cancelled, never finishes; C stops at the shutdown,
    /// at 4.5 s.
    fn ch23_race_wait(script = "ch23-advanced-tasks/python/race_wait.py") {
        let run = script.timed().run(PYTHON3);
        run.assert_quiet().assert_stored_output();
        run.assert_printed_at("A finished in time", None, 1.0);
        run.assert_printed_at("B: timeout", None, 3.0);
        run.assert_printed_at("C: shutdown", None, 4.5);
        assert!(!run.stdout.contains("Finished playing B"), "{}", run.stdout);
    }

    /// The module of one download, which `downloader.py` imports: run by itself, it only
    /// defines, and prints nothing. What it does is checked through `downloader.py`, on the
    /// real clock: a 503, a body cut short, a try that outlasts `--timeout` and a refused
    /// connection are each tried again, after 100 ms, then 200 ms, three tries at most; a 404
    /// is not. Each line on stderr says so, in Listing 24-2's words.
    fn ch24_download(script = "ch24-putting-it-together/python/download.py") {
        let run = script.run(PYTHON3);
        run.assert_quiet();
        assert_eq!(run.stdout, "", "a module: it only defines");

        let files = images();
        let busy = [Answer::Status(503), Answer::Status(503), Answer::Status(503)];
        let answers = ServerScript::new()
            .answers("red.ppm", [Answer::Status(503)])
            .answers("green.ppm", [Answer::Truncated])
            .answers("blue.ppm", [Answer::Hang])
            .answers("white.ppm", busy);
        let server = ImageServer::scripted(files.clone(), answers).expect("start the server");
        let mut urls = server.urls();
        urls.push(server.url("black.ppm"));
        let closed = closed_port();
        urls.push(format!("http://127.0.0.1:{closed}/images/grey.ppm"));
        // Six at once, so that the pauses overlap; a try may take 0.25 s, which any answer of
        // the server's takes far less than, and the hang far more.
        let args = ["--jobs", "6", "--timeout", "0.25"];
        let run = downloader().args(args.into_iter().map(String::from).chain(urls));
        let run = run.exits_with(1).run(PYTHON3);

        assert_eq!(
            run.stdout,
            "downloaded 3: red.ppm, green.ppm, blue.ppm\n\
             failed 3: white.ppm, black.ppm, grey.ppm\n\
             not started 0\n",
            "{}",
            run.stderr
        );
        let stats = server.stats();
        let asked: Vec<(&str, usize)> = stats.requests.iter().map(|(n, c)| (&n[..], *c)).collect();
        let expected = [
            ("black.ppm", 1),
            ("blue.ppm", 2),
            ("green.ppm", 2),
            ("red.ppm", 2),
            ("white.ppm", 3),
        ];
        assert_eq!(asked, expected, "the requests for each file");
        // The second try wrote each file anew, whole; the cut body left no temporary file.
        assert_files_are(&run.dir.path, &[&files[0], &files[1], &files[2]]);
        let unavailable = "HTTP status 503 Service Unavailable";
        let cut = format!("body cut short: {} of {} bytes", files[1].1.len() / 2, files[1].1.len());
        let connect = format!("[Errno 111] Connect call failed ('127.0.0.1', {closed})");
        assert_eq!(
            sorted_lines_starting_with(&run.stderr, "retry "),
            [
                "retry blue.ppm in 100ms (attempt 1 of 3: timed out after 0.25s)".to_owned(),
                format!("retry green.ppm in 100ms (attempt 1 of 3: {cut})"),
                format!("retry grey.ppm in 100ms (attempt 1 of 3: {connect})"),
                format!("retry grey.ppm in 200ms (attempt 2 of 3: {connect})"),
                format!("retry red.ppm in 100ms (attempt 1 of 3: {unavailable})"),
                format!("retry white.ppm in 100ms (attempt 1 of 3: {unavailable})"),
                format!("retry white.ppm in 200ms (attempt 2 of 3: {unavailable})"),
            ],
            "{}",
            run.stderr
        );
        assert_eq!(
            sorted_lines_starting_with(&run.stderr, "failed "),
            [
                "failed black.ppm: HTTP status 404 Not Found".to_owned(),
                format!("failed grey.ppm: gave up after 3 attempts: {connect}"),
                format!("failed white.ppm: gave up after 3 attempts: {unavailable}"),
            ],
            "{}",
            run.stderr
        );
        assert_eq!(sorted_lines_starting_with(&run.stderr, "done ").len(), 3);
    }

    /// Chapter 24's program, with the defaults: the image server's four pictures, two at a
    /// time, into the current directory, byte for byte; a line on stderr for each, as it is
    /// done; the report on stdout, in the list's order; exit status 0.
    fn ch24_downloader(script = "ch24-putting-it-together/python/downloader.py") {
        let server = ImageServer::start().expect("start the image server");
        let run = script.real_clock().args(server.urls()).run(PYTHON3);
        run.assert_stored_output();
        assert_eq!(
            run.stdout,
            "downloaded 4: red.ppm, green.ppm, blue.ppm, white.ppm\nfailed 0\nnot started 0\n"
        );
        let files = images();
        assert_files_are(&run.dir.path, &files.iter().collect::<Vec<_>>());
        let lines: Vec<&str> = run.stderr.lines().collect();
        let first = "downloading 4 files into ., 2 at a time; Ctrl-C once stops, twice cancels";
        assert_eq!(lines.first(), Some(&first), "{}", run.stderr);
        let mut done: Vec<String> = files
            .iter()
            .map(|(name, bytes)| format!("done {name} ({} bytes)", bytes.len()))
            .collect();
        done.sort();
        assert_eq!(sorted_lines_starting_with(&run.stderr, "done "), done);
        assert_eq!(lines.len(), 5, "nothing else on stderr:\n{}", run.stderr);
    }
}

/// Chapter 24's program on the real clock (see [`Script::real_clock`]).
fn downloader() -> Script {
    script("ch24-putting-it-together/python/downloader.py").real_clock()
}

/// A port of 127.0.0.1 that nothing listens on any more: its connections are refused.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a port");
    listener.local_addr().unwrap().port()
}

/// The four pictures, then black.ppm and grey.ppm.
fn six_files() -> Vec<File> {
    let mut files = images();
    files.push(picture("black", 40, [0, 0, 0]));
    files.push(picture("grey", 20, [128, 128, 128]));
    files
}

/// The report's lines, in the list's order.
fn six_files_report(downloaded: &[&str], failed: &[&str], not_started: &[&str]) -> String {
    let counted = |what: &str, names: &[&str]| match names.len() {
        0 => format!("{what} 0\n"),
        count => format!("{what} {count}: {}\n", names.join(", ")),
    };
    counted("downloaded", downloaded)
        + &counted("failed", failed)
        + &counted("not started", not_started)
}

/// With `--jobs 3` and the server's gate of 3, every answer waits until three requests are in
/// flight: the program keeps three going (with fewer, the gate would stay shut until it gave up
/// with a 503), and no more were seen. (That a fourth never starts while three run, however the
/// timing falls, the first Ctrl-C's test shows: there the answers are held.)
#[test]
#[cfg_attr(no_python3, ignore = "needs python3 on PATH")]
fn ch24_downloader_keeps_k_downloads_in_flight() {
    let files = six_files();
    let server = ImageServer::scripted(files.clone(), ServerScript::new().gate(3)).unwrap();
    let run = downloader().args(
        ["--jobs".to_owned(), "3".to_owned()]
            .into_iter()
            .chain(server.urls()),
    );
    let run = run.run(PYTHON3);
    let stats = server.stats();
    assert_eq!(
        (stats.max_in_flight, stats.timeouts, stats.total()),
        (3, 0, 6),
        "{stats:?}"
    );
    let names: Vec<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(run.stdout, six_files_report(&names, &[], &[]));
    assert_files_are(&run.dir.path, &files.iter().collect::<Vec<_>>());
}

/// A bad command line: one line on stderr, `Error: …; usage: …`, exit status 2, nothing on
/// stdout, nothing downloaded or written.
#[test]
#[cfg_attr(no_python3, ignore = "needs python3 on PATH")]
fn ch24_downloader_refuses_a_bad_command_line() {
    let usage = "usage: downloader.py [--jobs K] [--timeout SECONDS] [--grace SECONDS] [--out DIR] \
                 URL ...";
    let server = ImageServer::start().unwrap();
    let url = server.url("red.ppm");
    let not_a_dir = root().join(downloader().file()).join("sub");
    let not_a_dir = not_a_dir.to_str().unwrap();
    let numbers = "--jobs takes 1 or more; --timeout, more than 0 seconds; --grace, 0 or more";
    let cases: [(&[&str], String); 9] = [
        (&["--jobs", "0", &url], numbers.into()),
        (&["--timeout", "0", &url], numbers.into()),
        (&["--grace", "-1", &url], numbers.into()),
        (
            &["--jobs", "two", &url],
            "argument --jobs: invalid int value: 'two'".into(),
        ),
        (
            &["--verbose", &url],
            "unrecognized arguments: --verbose".into(),
        ),
        (&[], "the following arguments are required: URL".into()),
        (
            &[&url, "ftp://127.0.0.1/green.ppm"],
            "not an http URL of a file: ftp://127.0.0.1/green.ppm".into(),
        ),
        (
            &["http://127.0.0.1:1"],
            "not an http URL of a file: http://127.0.0.1:1".into(),
        ),
        (
            &["--out", not_a_dir, &url],
            format!("cannot make the directory {not_a_dir}: Not a directory"),
        ),
    ];
    // At once: each run is a Python start, and nothing more.
    std::thread::scope(|scope| {
        for (args, error) in &cases {
            scope.spawn(move || {
                let run = downloader().args(args.iter().copied()).exits_with(2);
                let run = run.run(PYTHON3);
                assert_eq!(run.stderr, format!("Error: {error}; {usage}\n"), "{args:?}");
                assert_eq!(run.stdout, "", "{args:?}");
                assert_eq!(files_in(&run.dir.path), Vec::<String>::new(), "{args:?}");
            });
        }
    });
    assert_eq!(server.stats().total(), 0, "nothing downloaded");
}

/// What the program says on the first Ctrl-C, with the default grace period.
const STOPS: &str = "interrupted: no more downloads start; Ctrl-C again, or 3 s from now, \
                     cancels the running ones";

/// One Ctrl-C while the first two downloads are in flight (the server holds its answers until
/// the program has said that it stops): those two finish, whole, within the grace period; no
/// other starts, then or before (a program that let a third start beside the two held would
/// show it here); exit status 130.
#[test]
#[cfg_attr(no_python3, ignore = "needs python3 on PATH")]
#[cfg_attr(not(unix), ignore = "sends SIGINT, a Unix signal")]
fn ch24_downloader_first_ctrl_c_lets_the_running_downloads_finish() {
    let files = six_files();
    let held = ServerScript::new().first_answer_to_all(&files, Answer::Held);
    let server = ImageServer::scripted(files.clone(), held).unwrap();
    let mut started = downloader()
        .args(server.urls())
        .exits_with(130)
        .start(PYTHON3);
    server.wait_until("two requests in flight", |stats| stats.in_flight == 2);
    started.interrupt();
    started.wait_for_stderr("saying that it stops", |line| line == STOPS);
    server.release();
    let run = started.finish();

    let not_started = ["blue.ppm", "white.ppm", "black.ppm", "grey.ppm"];
    let report = six_files_report(&["red.ppm", "green.ppm"], &[], &not_started);
    assert_eq!(
        run.stdout,
        report + "interrupted by Ctrl-C\n",
        "{}",
        run.stderr
    );
    let stats = server.stats();
    assert_eq!((stats.total(), stats.max_in_flight), (2, 2), "{stats:?}");
    assert_files_are(&run.dir.path, &[&files[0], &files[1]]);
    assert!(!run.stderr.contains("cancelling"), "{}", run.stderr);
}

/// Six files, two at a time: red.ppm and green.ppm are answered at once, every other answer
/// hangs half-way through its body. Once blue.ppm and white.ppm are in flight and their
/// temporary files are there, `interrupt`s the program (each try may take 10 s, so
/// that only a Ctrl-C or the grace period ends them), and checks that the two running were
/// cancelled: the two done before are there, whole; the two cancelled failed and left no file,
/// not even a temporary one; the last two never started; exit status 130. Returns its stderr.
fn assert_ctrl_c_cancels_two_that_hang(
    options: &[&str],
    interrupt: impl FnOnce(&mut Started),
) -> String {
    let files = six_files();
    let hang = ServerScript::new().first_answer_to_all(&files[2..], Answer::Hang);
    let server = ImageServer::scripted(files.clone(), hang).unwrap();
    let args = ["--timeout", "10"]
        .iter()
        .chain(options)
        .map(|a| a.to_string());
    let mut started = downloader()
        .args(args.chain(server.urls()))
        .exits_with(130)
        .start(PYTHON3);
    server.wait_until("blue.ppm and white.ppm in flight", |stats| {
        stats.total() == 4 && stats.in_flight == 2
    });
    wait_for_temporary_files(started.dir(), 2);
    interrupt(&mut started);
    let run = started.finish();

    let report = six_files_report(
        &["red.ppm", "green.ppm"],
        &["blue.ppm", "white.ppm"],
        &["black.ppm", "grey.ppm"],
    );
    assert_eq!(
        run.stdout,
        report + "interrupted by Ctrl-C\n",
        "{}",
        run.stderr
    );
    let stats = server.wait_until("the connections closed", |stats| stats.in_flight == 0);
    assert_eq!(stats.total(), 4, "{stats:?}");
    assert_files_are(&run.dir.path, &[&files[0], &files[1]]);
    for name in ["blue.ppm", "white.ppm"] {
        let line = format!("failed {name}: cancelled");
        assert!(run.stderr.lines().any(|l| l == line), "{}", run.stderr);
    }
    run.stderr.clone()
}

/// Waits (at most 5 s) until the directory `dir` holds `count` temporary files (`*.part`),
/// beside other files.
fn wait_for_temporary_files(dir: &Path, count: usize) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let files = files_in(dir);
        let temporary: Vec<&String> = files.iter().filter(|n| n.ends_with(".part")).collect();
        if temporary.len() == count {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "not {count} temporary files within 5 s: {files:?}"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// Ctrl-C twice: the second cancels the two running downloads at once.
#[test]
#[cfg_attr(no_python3, ignore = "needs python3 on PATH")]
#[cfg_attr(not(unix), ignore = "sends SIGINT, a Unix signal")]
fn ch24_downloader_second_ctrl_c_cancels_the_running_downloads() {
    let stderr = assert_ctrl_c_cancels_two_that_hang(&[], |started| {
        started.interrupt();
        started.wait_for_stderr("saying that it stops", |line| line == STOPS);
        started.interrupt();
    });
    let cancelling = "Ctrl-C again: cancelling the running downloads";
    assert!(stderr.lines().any(|l| l == cancelling), "{stderr}");
    assert!(!stderr.contains("grace period over"), "{stderr}");
}

/// One Ctrl-C, and a grace period of 0.05 s, which the hanging downloads outlast: its end
/// cancels them.
#[test]
#[cfg_attr(no_python3, ignore = "needs python3 on PATH")]
#[cfg_attr(not(unix), ignore = "sends SIGINT, a Unix signal")]
fn ch24_downloader_end_of_the_grace_period_cancels_the_running_downloads() {
    let stderr = assert_ctrl_c_cancels_two_that_hang(&["--grace", "0.05"], |started| {
        started.interrupt();
    });
    let stops = STOPS.replace(" 3 s ", " 0.05 s ");
    let over = "grace period over: cancelling the running downloads";
    assert!(stderr.lines().any(|l| l == stops), "{stderr}");
    assert!(stderr.lines().any(|l| l == over), "{stderr}");
}

/// Three threads of two rounds of three steps: every line once, each thread's in order.
fn check_rounds(output: &str) {
    let lines: Vec<&str> = output.lines().collect();
    assert_eq!(lines.len(), 18, "{output}");
    for name in ["A", "B", "C"] {
        let steps: Vec<String> = (0..2)
            .flat_map(|round| {
                (1..=3).map(move |step| format!("{name} - round {round} - step {step}"))
            })
            .collect();
        assert_in_order(&lines, &steps);
    }
}

/// Runs a download script with the image server's four URLs, in a directory of its own: it
/// prints what its `.out` holds, and writes each picture there with the bytes served.
fn assert_downloads(script: Script) {
    let server = ImageServer::start().expect("start the image server");
    let run = script.args(server.urls()).run(PYTHON3);
    run.assert_quiet().assert_stored_output();
    for (name, served) in image_server::images() {
        let path = run.dir.path.join(&name);
        let written = fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            written == served,
            "{name}: {} bytes written, {} served",
            written.len(),
            served.len()
        );
    }
}

#[test]
fn every_script_has_a_test() {
    let mut tested: Vec<&str> = SCRIPTS.to_vec();
    tested.sort();
    assert_eq!(
        tested,
        scripts_on_disk(),
        "scripts with a test in tests/python.rs (left) and listings/*/python/*.py (right)"
    );
}

/// Each script is valid syntax of its chapter's oldest Python (`ast.parse` with that
/// `feature_version`): the version the page names is not older than the syntax the code uses.
/// (The runner, given `--needs`, refuses to run a script on an older Python than that.)
#[test]
#[cfg_attr(no_python3, ignore = "needs python3 on PATH")]
fn each_script_is_valid_syntax_of_its_chapters_oldest_python() {
    const CHECK: &str = "\
import ast, sys
for path, version in zip(sys.argv[1::2], sys.argv[2::2]):
    with open(path, encoding='utf-8') as file:
        source = file.read()
    try:
        ast.parse(source, path, feature_version=tuple(map(int, version.split('.'))))
    except SyntaxError as error:
        print(f'{path}:{error.lineno}: not Python {version} syntax: {error.msg}')
";
    let root = root();
    let mut args = vec![
        String::from("-S"),
        String::from("-B"),
        String::from("-c"),
        CHECK.into(),
    ];
    for path in SCRIPTS {
        let script = script(path);
        args.push(root.join(script.file()).display().to_string());
        args.push(script.needs.to_owned());
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let output = book_support::run(PYTHON3, &args);
    assert!(output.stdout.is_empty(), "{}", output.stdout);
}

/// The sentence that names the oldest Python, as each language writes it; what follows the
/// version (a full stop, a reason in brackets) is free.
fn needs_sentence(language: Language) -> (&'static str, &'static str) {
    match language.dir {
        "zh" => ("本章的 Python 代码需要 Python ", " 或更高版本"),
        _ => ("The Python in this chapter needs Python ", " or later"),
    }
}

/// Each chapter with Python says once, in both languages, in the section of its first Python
/// block and before it, the oldest Python its code needs: the version in `NEEDS`. A chapter
/// whose page is not written yet, in either language, is left to tests/book.rs, which fails
/// while its scripts are shown nowhere
/// (`python_blocks_include_the_chapters_python_files_in_both_languages`).
#[test]
fn each_chapter_names_the_oldest_python_its_code_needs() {
    let chapters: BTreeSet<&str> = SCRIPTS
        .iter()
        .map(|s| s.split('/').next().unwrap())
        .collect();
    for chapter in chapters {
        let (_, needs, _) = NEEDS.iter().find(|(c, ..)| *c == chapter).unwrap();
        let path = |language: Language| {
            Path::new("src")
                .join(language.dir)
                .join(format!("{chapter}.md"))
        };
        if LANGUAGES.iter().all(|&l| !root().join(path(l)).exists()) {
            continue;
        }
        for language in LANGUAGES {
            let page = Page::read(&root(), path(language));
            let at = page.path.display();
            let (before, after) = needs_sentence(language);
            let stated: Vec<(usize, &str)> = page
                .text
                .lines()
                .enumerate()
                .filter_map(|(i, line)| {
                    let rest = &line[line.find(before)? + before.len()..];
                    Some((i + 1, &rest[..rest.find(after)?]))
                })
                .collect();
            let [(line, version)] = stated[..] else {
                panic!(
                    "{at}: {} sentences `{before}3.N{after}`, not one",
                    stated.len()
                );
            };
            assert_eq!(
                version, *needs,
                "{at}:{line}: the oldest Python (NEEDS in tests/python.rs)"
            );
            let first_python = page
                .code_blocks()
                .into_iter()
                .find(|b| b.info == "python")
                .unwrap_or_else(|| panic!("{at}: no Python block"))
                .line;
            let heading = |line: usize| section_start(&page, line);
            assert!(
                line < first_python && heading(line) == heading(first_python),
                "{at}:{line}: the oldest Python is named before the first Python block \
                 (line {first_python}), in its section"
            );
        }
    }
}

/// The sentence that names the Python a script of `NEWER` needs.
fn newer_sentence(language: Language) -> (&'static str, &'static str) {
    match language.dir {
        "zh" => ("这个程序需要 Python ", " 或更高版本"),
        _ => ("This program needs Python ", " or later"),
    }
}

/// Each script of `NEWER` needs a newer Python than its chapter, and the section that shows it
/// says which, in both languages, before its block.
#[test]
fn each_newer_script_names_the_python_it_needs() {
    let version = |v: &str| -> Vec<u32> { v.split('.').map(|n| n.parse().unwrap()).collect() };
    for (path, needs, _) in NEWER {
        assert!(
            SCRIPTS.contains(path),
            "NEWER: {path} has no test in `scripts!`"
        );
        let chapter = path.split('/').next().unwrap();
        let (_, chapter_needs, _) = NEEDS.iter().find(|(c, ..)| *c == chapter).unwrap();
        assert!(
            version(needs) > version(chapter_needs),
            "NEWER: {path} needs {needs}, which is not newer than its chapter's {chapter_needs}"
        );
        for language in LANGUAGES {
            let page_path = Path::new("src")
                .join(language.dir)
                .join(format!("{chapter}.md"));
            let page = Page::read(&root(), page_path);
            let at = page.path.display();
            let include = format!("listings/{path}}}}}");
            let block = page
                .code_blocks()
                .into_iter()
                .find(|b| b.info == "python" && b.body.contains(&include))
                .unwrap_or_else(|| panic!("{at}: no Python block includes {path}"));
            let (before, after) = newer_sentence(language);
            let sentence = format!("{before}{needs}{after}");
            let section = section_start(&page, block.line);
            let stated = page.text.lines().enumerate().any(|(i, line)| {
                (section..block.line).contains(&(i + 1)) && line.contains(&sentence)
            });
            assert!(
                stated,
                "{at}:{}: the section says `{sentence}` before the block of {path}",
                block.line
            );
        }
    }
}

/// The line of the last `##`/`###` heading before `line` (0 if none), code blocks skipped.
fn section_start(page: &Page, line: usize) -> usize {
    let blocks = page.code_blocks();
    let in_code = |n: usize| blocks.iter().any(|b| (b.line..=b.end).contains(&n));
    page.text
        .lines()
        .enumerate()
        .map(|(i, text)| (i + 1, text))
        .filter(|&(n, text)| n < line && text.starts_with("##") && !in_code(n))
        .map(|(n, _)| n)
        .last()
        .unwrap_or(0)
}
