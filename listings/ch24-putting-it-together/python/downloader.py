import argparse
import asyncio
import os
import re
import signal

from download import TIMEOUT, download_with_retries, say

JOBS = 2  # downloads at once, unless --jobs says otherwise
GRACE = 3.0  # seconds from the first Ctrl-C until the running downloads are cancelled
USAGE = "downloader.py [--jobs K] [--timeout SECONDS] [--grace SECONDS] [--out DIR] URL ..."


async def download_all(urls: list[str], args: argparse.Namespace) -> int:
    loop, permits = asyncio.get_running_loop(), asyncio.Semaphore(args.jobs)
    stop, cancel = asyncio.Event(), asyncio.Event()  # nothing new starts; the running ones end
    started: list[tuple[str, asyncio.Task]] = []

    def cancel_running(why: str) -> None:
        if not cancel.is_set():
            cancel.set()
            say(f"{why}: cancelling the running downloads")
            for _, task in started:
                task.cancel()  # a task that has ended stays as it is

    def on_ctrl_c() -> None:
        if stop.is_set():
            return cancel_running("Ctrl-C again")
        stop.set()
        say(f"interrupted: no more downloads start; Ctrl-C again, or {args.grace:g} s from now,"
            " cancels the running ones")
        loop.call_later(args.grace, cancel_running, "grace period over")

    loop.add_signal_handler(signal.SIGINT, on_ctrl_c)
    say(f"downloading {len(urls)} files into {args.out}, {args.jobs} at a time;"
        " Ctrl-C once stops, twice cancels")
    names = [url.rsplit("/", 1)[-1] for url in urls]
    async with asyncio.TaskGroup() as group:
        for url, name in zip(urls, names):
            # Rust's select! waits for whichever comes first, the permit or the stop; asyncio
            # has no such statement: the two race here by hand, as tasks.
            racers = {asyncio.create_task(permits.acquire()), asyncio.create_task(stop.wait())}
            await asyncio.wait(racers, return_when=asyncio.FIRST_COMPLETED)
            for racer in racers:
                racer.cancel()  # the one still waiting
            if stop.is_set():  # the stop wins, permit or not (Rust's `biased;`)
                break
            task = group.create_task(download_with_retries(url, args.out, args.timeout))
            task.add_done_callback(lambda _: permits.release())  # the next download may start
            started.append((name, task))

    done = [name for name, task in started if not task.cancelled() and task.result()]
    failed, not_started = [name for name, _ in started if name not in done], names[len(started) :]
    for what, which in ("downloaded", done), ("failed", failed), ("not started", not_started):
        print(f"{what} {len(which)}: {', '.join(which)}" if which else f"{what} 0")
    if stop.is_set():
        print("interrupted by Ctrl-C")
        return 130  # 128 + 2, SIGINT's number, as a shell reports a program Ctrl-C ended
    return 1 if len(done) < len(urls) else 0


parser = argparse.ArgumentParser(usage=USAGE)
# A bad command line: one line on stderr (not argparse's usage and error lines), status 2.
parser.error = lambda message: parser.exit(2, f"Error: {message}; usage: {USAGE}\n")
parser.add_argument("--jobs", type=int, default=JOBS)
parser.add_argument("--timeout", type=float, default=TIMEOUT)
parser.add_argument("--grace", type=float, default=GRACE)
parser.add_argument("--out", default=".")
parser.add_argument("urls", nargs="+", metavar="URL")
args = parser.parse_args()
if args.jobs < 1 or not args.timeout > 0 or not args.grace >= 0:  # `not`: NaN is neither
    parser.error("--jobs takes 1 or more; --timeout, more than 0 seconds; --grace, 0 or more")
if bad := [url for url in args.urls if not re.fullmatch(r"http://[^/]+/.*[^/]", url)]:
    parser.error(f"not an http URL of a file: {bad[0]}")
try:
    os.makedirs(args.out, exist_ok=True)
except OSError as error:
    parser.error(f"cannot make the directory {args.out}: {error.strerror}")
raise SystemExit(asyncio.run(download_all(args.urls, args)))
