//! The book's Python: each chapter's `listings/<chapter>/python/<name>.py`, run under `python3`
//! on the fast clock of `tests/python/fast_clock.py` (see its docstring: the Python counterpart of
//! tokio's paused clock), each in a fresh temporary directory, and checked against the
//! `<name>.out` stored beside it, as a listing's run is checked against its `output.txt`. A
//! script that talks to a real server under timeouts runs on the real clock instead
//! ([`Script::real_clock`]), and may be watched and sent Ctrl-C while it runs ([`Script::start`]).

use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::book::root;
use crate::downloads::Running;
use crate::output::{assert_invariants_stored, assert_stored_output};
use crate::run::run_command;
use crate::threads::catch_panic_message;

/// The runner, relative to the root.
pub const RUNNER: &str = "tests/python/fast_clock.py";

/// One of the book's scripts, and how to run it.
#[derive(Debug, Clone)]
pub struct Script {
    /// Relative to `listings/`: `ch15-threads/python/two_threads.py`.
    pub path: &'static str,
    /// The oldest Python it needs, as the chapter states it: `"3.11"`.
    pub needs: &'static str,
    args: Vec<String>,
    import_from: Vec<PathBuf>,
    times: bool,
    real_clock: bool,
    status: i32,
}

impl Script {
    pub fn new(path: &'static str, needs: &'static str) -> Script {
        Script {
            path,
            needs,
            args: Vec::new(),
            import_from: Vec::new(),
            times: false,
            real_clock: false,
            status: 0,
        }
    }

    /// The script's file, relative to the root.
    pub fn file(&self) -> PathBuf {
        Path::new("listings").join(self.path)
    }

    /// Runs it with these command-line arguments.
    pub fn args(mut self, args: impl IntoIterator<Item = impl Into<String>>) -> Script {
        self.args = args.into_iter().map(Into::into).collect();
        self
    }

    /// Puts another chapter's Python directory (relative to `listings/`) on `PYTHONPATH`, for
    /// a script that imports from it.
    pub fn import_from(mut self, dir: &str) -> Script {
        self.import_from.push(Path::new("listings").join(dir));
        self
    }

    /// Also records when each line was printed, on the virtual clock ([`Run::times`]).
    pub fn timed(mut self) -> Script {
        assert!(!self.real_clock, "the real clock's times are not recorded");
        self.times = true;
        self
    }

    /// Runs it on the real clock, as `python3 -S -B SCRIPT ARG ...`, without the fast clock's
    /// runner: for a script that talks to a real server (Chapter 24's downloader) under
    /// timeouts. The fast clock cannot run those: its selector, whenever no socket is ready,
    /// moves the clock to the loop's next timer at once, so each try's timeout would expire the
    /// moment the script waited for the server's answer, however fast the server. On the real
    /// clock its times are real, so its tests keep them in tens of milliseconds. The same
    /// temporary directory, environment and time limit as [`Script::run`]; only the runner's
    /// `--needs` refusal is missing (`each_script_is_valid_syntax_of_…` still checks the syntax).
    pub fn real_clock(mut self) -> Script {
        assert!(!self.times, "the real clock's times are not recorded");
        self.real_clock = true;
        self
    }

    /// Expects it to exit with `status` (0 unless this says otherwise).
    pub fn exits_with(mut self, status: i32) -> Script {
        self.status = status;
        self
    }

    /// The command that runs the script in `dir`, as [`Script::run`] says.
    fn command(&self, python3: &str, dir: &TempDir) -> Command {
        let root = root();
        let mut command = Command::new(python3);
        // -S: the book's Python uses the standard library only, and site-packages only slow the
        // start. -B: importing a script from another must not write __pycache__ into listings/.
        command.arg("-S").arg("-B");
        if !self.real_clock {
            command.arg(root.join(RUNNER)).args(["--needs", self.needs]);
        }
        command
            .arg(root.join(self.file()))
            .args(&self.args)
            .current_dir(&dir.path);
        for (key, _) in std::env::vars_os() {
            let name = key.to_string_lossy().to_ascii_uppercase();
            if name.starts_with("PYTHON") || name.ends_with("_PROXY") {
                command.env_remove(&key);
            }
        }
        if !self.import_from.is_empty() {
            let dirs = self.import_from.iter().map(|d| root.join(d));
            command.env("PYTHONPATH", std::env::join_paths(dirs).unwrap());
        }
        if !self.real_clock {
            if self.times {
                command.env("FAST_CLOCK_TIMES", dir.path.join(TIMES_FILE));
            }
            // Before the time limit kills it, a script that hangs prints where each thread is.
            let dump_after = crate::run::TIMEOUT.as_secs_f64() * 0.75;
            command.env("FAST_CLOCK_DUMP_AFTER", dump_after.to_string());
        }
        #[cfg(unix)]
        std::os::unix::process::CommandExt::process_group(&mut command, 0);
        command
    }

    /// Runs the script with `python3` (the interpreter `python3` starts, `BOOK_PYTHON3`) on the
    /// fast clock (or, [`Script::real_clock`], on the real one), in a new temporary directory,
    /// with the environment's `PYTHON…` and proxy variables left out; fails if it does not
    /// finish within [`crate::run::TIMEOUT`], or exits with another status than
    /// [`Script::exits_with`]'s.
    pub fn run(&self, python3: &str) -> Run {
        let dir = TempDir::new(self.file().file_stem().unwrap_or_default());
        let command = self.command(python3, &dir);
        let output = catch_panic_message(|| run_command(command))
            .unwrap_or_else(|message| panic!("{}: {message}", self.file().display()));
        self.ended(output, dir)
    }

    /// Starts the script as [`Script::run`] runs it, and returns it running, for a test that
    /// watches its stderr and sends it Ctrl-C ([`Started::interrupt`]) before it ends.
    pub fn start(&self, python3: &str) -> Started {
        assert!(!self.times, "a started script is not timed");
        let dir = TempDir::new(self.file().file_stem().unwrap_or_default());
        let running = Running::start(self.command(python3, &dir));
        Started {
            script: self.clone(),
            running,
            dir,
        }
    }

    /// The run that printed `output` in `dir`, checked: its exit status, and for a
    /// [`Script::timed`] run, a time for each line.
    fn ended(&self, output: crate::Output, dir: TempDir) -> Run {
        let times = if self.times && output.status.code() == Some(self.status) {
            read_times(&dir.path.join(TIMES_FILE))
        } else {
            Vec::new()
        };
        let run = Run {
            script: self.file(),
            status: output.status,
            stdout: output.stdout,
            stderr: output.stderr,
            times,
            dir,
        };
        assert_eq!(
            run.status.code(),
            Some(self.status),
            "{} exited with {}\n--- stdout ---\n{}--- stderr ---\n{}",
            run.script.display(),
            run.status,
            run.stdout,
            run.stderr
        );
        if self.times {
            assert_eq!(
                run.times.len(),
                run.stdout.lines().count(),
                "{}: a time for each line printed",
                run.script.display()
            );
        }
        run
    }
}

/// Where a [`Script::timed`] run writes the time of each line, in its directory.
const TIMES_FILE: &str = ".line-times";

/// A script running while the test watches it ([`Script::start`]); killed if the test fails
/// before it has ended.
pub struct Started {
    script: Script,
    running: Running,
    dir: TempDir,
}

impl Started {
    /// The directory it runs in, its current directory.
    pub fn dir(&self) -> &Path {
        &self.dir.path
    }

    /// Waits for the next line on its stderr that satisfies `wanted` (see
    /// [`Running::wait_for_stderr`]), and returns it.
    pub fn wait_for_stderr(&mut self, what: &str, wanted: impl Fn(&str) -> bool) -> String {
        self.running.wait_for_stderr(what, wanted)
    }

    /// Sends it `SIGINT`, as Ctrl-C in a terminal does.
    #[cfg(unix)]
    pub fn interrupt(&self) {
        self.running.interrupt();
    }

    /// Waits for it to end (within [`crate::run::TIMEOUT`] of its start), and checks its exit
    /// status as [`Script::run`] does.
    pub fn finish(self) -> Run {
        let output = self.running.finish();
        self.script.ended(output, self.dir)
    }
}

/// A finished run of a script.
#[derive(Debug)]
pub struct Run {
    /// The script, relative to the root.
    pub script: PathBuf,
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
    /// For a [`Script::timed`] run: when each line of `stdout` was printed, in seconds on the
    /// virtual clock since the start.
    pub times: Vec<f64>,
    /// The directory it ran in, removed when the run is dropped.
    pub dir: TempDir,
}

impl Run {
    /// The `.out` file beside the script, relative to the root.
    pub fn stored_output(&self) -> PathBuf {
        self.script.with_extension("out")
    }

    /// Asserts that the script printed exactly what its `.out` holds (with `BLESS=1`, writes it
    /// there instead), as [`crate::assert_book_output`] does for a listing.
    pub fn assert_stored_output(&self) -> &Run {
        assert_stored_output(&root().join(self.stored_output()), &self.stdout);
        self
    }

    /// Checks output that differs from run to run: `check` must pass on this run and on the
    /// `.out` stored beside the script (with `BLESS=1`, this run is stored once it has passed),
    /// as [`crate::assert_invariants`] does for a listing.
    pub fn assert_invariants(&self, check: impl Fn(&str)) -> &Run {
        assert_invariants_stored(&root().join(self.stored_output()), &self.stdout, check);
        self
    }

    /// Asserts that the script printed nothing on standard error.
    pub fn assert_quiet(&self) -> &Run {
        assert!(
            self.stderr.is_empty(),
            "{} printed on stderr:\n{}",
            self.script.display(),
            self.stderr
        );
        self
    }

    /// The lines printed, each with the time it was printed at (a [`Script::timed`] run).
    pub fn timeline(&self) -> Vec<(f64, &str)> {
        self.times
            .iter()
            .copied()
            .zip(self.stdout.lines())
            .collect()
    }

    /// When each `line` was printed, in seconds since the start, rounded to 10 ms (see
    /// [`CLOCK_SLACK`]).
    pub fn times_of(&self, line: &str) -> Vec<f64> {
        self.timeline()
            .into_iter()
            .filter(|(_, printed)| *printed == line)
            .map(|(at, _)| (at * 100.0).round() / 100.0)
            .collect()
    }

    /// When `line` was first printed after the line `after` (printed once), in seconds after
    /// it; with `after` `None`, when it was first printed, in seconds after the start.
    pub fn printed_at(&self, line: &str, after: Option<&str>) -> f64 {
        let timeline = self.timeline();
        let (from, start) = match after {
            None => (0, 0.0),
            Some(after) => {
                let found: Vec<usize> = (0..timeline.len())
                    .filter(|&i| timeline[i].1 == after)
                    .collect();
                let [index] = found[..] else {
                    panic!(
                        "{}: {after:?} printed {} times, not once:\n{}",
                        self.script.display(),
                        found.len(),
                        self.stdout
                    );
                };
                (index + 1, timeline[index].0)
            }
        };
        let Some((at, _)) = timeline[from..].iter().find(|(_, l)| *l == line) else {
            panic!(
                "{}: {line:?} not printed after line {from} of:\n{}",
                self.script.display(),
                self.stdout
            );
        };
        at - start
    }

    /// Asserts that `line` was printed `seconds` after `after` (see [`Run::printed_at`]), on
    /// the virtual clock, to within [`CLOCK_SLACK`].
    #[track_caller]
    pub fn assert_printed_at(&self, line: &str, after: Option<&str>, seconds: f64) {
        let at = self.printed_at(line, after);
        assert!(
            (at - seconds).abs() < CLOCK_SLACK,
            "{}: {line:?} printed {at:.3} s after {}, not {seconds} s",
            self.script.display(),
            after.map_or(String::from("the start"), |a| format!("{a:?}"))
        );
    }
}

/// How far a time on the fast clock may be from the time the program's sleeps add up to. The
/// clock runs a thousand times slower than real time while code runs, so each real second the
/// script spends running (imports, prints; more on a loaded machine) adds 1 ms; 5 ms allows for
/// that and still tells apart every pair of times the book states (the closest are 10 ms apart).
pub const CLOCK_SLACK: f64 = 5e-3;

fn read_times(path: &Path) -> Vec<f64> {
    let text =
        fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .map(|line| {
            line.parse()
                .unwrap_or_else(|e| panic!("{}: {line:?}: {e}", path.display()))
        })
        .collect()
}

/// Every `listings/<chapter>/python/*.py`, relative to `listings/`, sorted.
pub fn scripts_on_disk() -> Vec<String> {
    let listings = root().join("listings");
    let mut found = Vec::new();
    let chapters = fs::read_dir(&listings)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", listings.display()));
    for chapter in chapters {
        let python = chapter.unwrap().path().join("python");
        let Ok(files) = fs::read_dir(&python) else {
            continue;
        };
        for file in files {
            let path = file.unwrap().path();
            if path.extension() == Some(OsStr::new("py")) {
                found.push(path.strip_prefix(&listings).unwrap().display().to_string());
            }
        }
    }
    found.sort();
    found
}

/// A directory of its own under the system's temporary directory, removed on drop.
#[derive(Debug)]
pub struct TempDir {
    pub path: PathBuf,
}

impl TempDir {
    fn new(name: &OsStr) -> TempDir {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "book-python-{}-{}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed),
            name.to_string_lossy()
        ));
        let _ = fs::remove_dir_all(&path);
        fs::create_dir_all(&path)
            .unwrap_or_else(|e| panic!("cannot create {}: {e}", path.display()));
        TempDir { path }
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.path);
    }
}
