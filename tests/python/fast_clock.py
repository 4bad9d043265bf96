"""Runs one of the book's Python programs on a fast, exact clock.

    python3 tests/python/fast_clock.py [--needs 3.N] SCRIPT [ARG ...]

The book's programs sleep for seconds (time.sleep(1), asyncio.sleep(5)); run as written, their tests
would wait for them on every `cargo test`. This is the Python counterpart of tokio's paused clock:
the program's clock all but stands still while its code runs and jumps forward when it waits, so a
program prints what it prints on a real clock ("took 2.0 s", exactly), in a small part of the
time. Before the script starts, this changes:

- time.monotonic() and time.perf_counter() (and their _ns forms) read a virtual clock. While code
  runs, it runs a thousand times slower than real time (so a loop that polls it until a deadline
  still ends); it jumps forward as described below. The threads of a process share its clock.
- time.sleep(s) waits a short real time, min(s, 0.01 + s / 100) seconds (a 1 s sleep takes 20 ms;
  one of 10 ms keeps its length, so that threads still take turns as they do on a real clock),
  then moves the clock to the end of the sleep. Threads that sleep wake in the order real seconds
  would wake them, as long as what they do between two sleeps takes less than that real time.
- threading.Condition.wait(timeout), which the timeouts of queue.Queue and threading.Event use:
  the same short real wait; if it times out, the clock moves to the end of the timeout.
- selectors.DefaultSelector, which asyncio's event loop waits in: when the loop would wait for its
  next timer and nothing is ready, the clock moves to that timer at once, with no real wait. The
  loop's time() reads time.monotonic(), so asyncio.sleep(), wait_for() and their like are exact and
  instant. (A loop waiting for a thread or a socket with no timer due still waits for real.)
- os.fork() and os.waitpid(), which multiprocessing starts and joins its processes with: a child
  starts with its parent's clock and keeps its own; a parent that has waited for a child moves its
  clock on to the child's, since the child's time has passed for it too. multiprocessing forks on
  Linux up to Python 3.13; under spawn or forkserver the children would sleep for real.

Nothing else changes: the script runs as `python3 SCRIPT ARG ...` runs it, as __main__, with
sys.argv set and its own directory first on sys.path. A wait with a timeout that is not listed
here (Thread.join(timeout), a pipe's poll(timeout)) waits its real time, and a loop that repeats it
until the clock reaches a deadline takes a thousand times longer.

--needs 3.N: the oldest Python the chapter says the script needs; refuses to run on an older one.

FAST_CLOCK_DUMP_AFTER=SECONDS: if the script has not ended after that many real seconds, prints
the stack of each of its threads on standard error and exits with status 1 (faulthandler), so that
a test that would time out says where the script hangs.

FAST_CLOCK_TIMES=FILE: also writes to FILE, one line for each line the script's own process prints
on standard output, the virtual time it was printed at, in seconds since the start (exact to well
under a millisecond: only the slow running of the clock adds to the times slept).
"""

import atexit
import faulthandler
import fcntl
import mmap
import os
import selectors
import struct
import sys
import threading
import time
import types

_real_sleep = time.sleep
_real_monotonic = time.monotonic
_start_monotonic = time.monotonic()
_start_perf_counter = time.perf_counter()

# Each process has its own clock: the time it has skipped, plus the time its code has run, a
# thousand times slower than real time. The lock serialises the process's threads.
_skipped = 0.0
_lock = threading.Lock()

# Memory shared with forked children: a slot (pid, clock) for each child, which the child keeps
# up to date, so that its parent, once it has waited for the child, moves its clock on to it.
_SLOTS = 256
_fd = os.memfd_create("fast-clock")
os.ftruncate(_fd, _SLOTS * 16)
_children = mmap.mmap(_fd, _SLOTS * 16)
_slot = None  # this process's slot, in a child


def _clock(move_to: float = 0.0) -> float:
    """The clock's reading, in seconds since the start, after moving it to `move_to` if later."""
    global _skipped
    with _lock:
        ran = (_real_monotonic() - _start_monotonic) / 1000
        if move_to > _skipped + ran:
            _skipped = move_to - ran
            if _slot is not None:
                struct.pack_into("d", _children, 16 * _slot + 8, move_to)
        return _skipped + ran


def _in_child() -> None:
    """After a fork, in the child: it starts from its parent's clock, and takes a slot."""
    global _slot
    _lock.release()
    pid = os.getpid()
    fcntl.lockf(_fd, fcntl.LOCK_EX)
    try:
        for index in range(_SLOTS):
            if struct.unpack_from("q", _children, 16 * index)[0] in (0, pid):
                struct.pack_into("qd", _children, 16 * index, 0, 0.0)
                if _slot is None:
                    _slot = index
        if _slot is not None:
            struct.pack_into("qd", _children, 16 * _slot, pid, _clock())
    finally:
        fcntl.lockf(_fd, fcntl.LOCK_UN)


os.register_at_fork(before=_lock.acquire, after_in_parent=_lock.release, after_in_child=_in_child)

_real_waitpid = os.waitpid


def _waitpid(pid: int, options: int):
    """os.waitpid, which Process.join() waits in; moves the clock on to the child's."""
    result = _real_waitpid(pid, options)
    if result[0] > 0:
        child_clock = 0.0
        fcntl.lockf(_fd, fcntl.LOCK_EX)
        try:
            for index in range(_SLOTS):
                if struct.unpack_from("q", _children, 16 * index)[0] == result[0]:
                    child_clock = struct.unpack_from("d", _children, 16 * index + 8)[0]
                    struct.pack_into("qd", _children, 16 * index, 0, 0.0)
        finally:
            fcntl.lockf(_fd, fcntl.LOCK_UN)
        _clock(child_clock)
    return result


os.waitpid = _waitpid


def _real_wait(seconds: float) -> float:
    return min(seconds, 0.01 + seconds / 100)


def _sleep(seconds: float) -> None:
    if not seconds > 0:
        return _real_sleep(seconds)
    end = _clock() + seconds
    _real_sleep(_real_wait(seconds))
    _clock(end)


def _monotonic() -> float:
    return _start_monotonic + _clock()


def _perf_counter() -> float:
    return _start_perf_counter + _clock()


time.sleep = _sleep
time.monotonic = _monotonic
time.perf_counter = _perf_counter
time.monotonic_ns = lambda: int(_monotonic() * 1e9)
time.perf_counter_ns = lambda: int(_perf_counter() * 1e9)
threading._time = _monotonic  # threading copied time.monotonic when it was imported

_condition_wait = threading.Condition.wait


def _wait(self, timeout=None):
    if timeout is None or not timeout > 0:
        return _condition_wait(self, timeout)
    end = _clock() + timeout
    notified = _condition_wait(self, _real_wait(timeout))
    if not notified:
        _clock(end)
    return notified


threading.Condition.wait = _wait


class _JumpingSelector(selectors.DefaultSelector):
    def select(self, timeout=None):
        if timeout is None or not timeout > 0:
            return super().select(timeout)
        ready = super().select(0)
        if not ready:
            _clock(_clock() + timeout)
        return ready


selectors.DefaultSelector = _JumpingSelector


class _TimedLines:
    """Standard output, noting the clock's reading whenever a line ends."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self.times = []

    def write(self, text: str) -> int:
        self.times.extend([_clock()] * text.count("\n"))
        return self._stream.write(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def main() -> None:
    args = sys.argv[1:]
    needs = None
    if args[:1] == ["--needs"]:
        needs = tuple(int(part) for part in args[1].split("."))
        args = args[2:]
    if not args:
        sys.exit("usage: fast_clock.py [--needs 3.N] SCRIPT [ARG ...]")
    script = args[0]
    if needs is not None:
        if sys.version_info < needs:
            sys.exit(
                f"{script} needs Python {_version(needs)} or later; "
                f"this is Python {_version(sys.version_info[:3])}"
            )
    dump_after = os.environ.get("FAST_CLOCK_DUMP_AFTER")
    if dump_after:
        faulthandler.dump_traceback_later(float(dump_after), exit=True)
    times_file = os.environ.get("FAST_CLOCK_TIMES")
    if times_file:
        sys.stdout = _TimedLines(sys.stdout)
        # At exit, once the interpreter has waited for the script's threads.
        atexit.register(_write_times, times_file, os.getpid())
    sys.argv = args
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    # What runpy.run_path(script, run_name="__main__") does, without importing runpy, whose
    # imports (pkgutil, re, typing) would double the start-up time of a small script.
    module = types.ModuleType("__main__")
    module.__file__ = script
    sys.modules["__main__"] = module
    with open(script, "rb") as file:
        code = compile(file.read(), script, "exec")
    exec(code, module.__dict__)


def _write_times(path: str, pid: int) -> None:
    if os.getpid() == pid and isinstance(sys.stdout, _TimedLines):
        sys.stdout.flush()
        with open(path, "w", encoding="utf-8") as file:
            file.writelines(f"{t:.6f}\n" for t in sys.stdout.times)


def _version(version: tuple) -> str:
    return ".".join(str(part) for part in version)


main()
