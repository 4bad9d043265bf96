import asyncio
import os
import sys
import tempfile
from urllib.parse import urlsplit

ATTEMPTS = 3  # tries per file, at most
TIMEOUT = 2.0  # seconds one try may take, unless --timeout says otherwise
FIRST_BACKOFF = 0.1  # seconds before the second try; each pause is twice the one before


class Retryable(Exception): ...  # a 5xx status, a body cut short: the next try may not meet it


# Worth another try: the above, a timeout, a connection refused or broken. Not worth it: any
# other status, such as 404 (the same request gets the same answer), or a file not written.
WORTH_RETRYING = (Retryable, TimeoutError, ConnectionError, asyncio.IncompleteReadError)


def say(line: str) -> None:
    print(line, file=sys.stderr)


async def download(url: str, path: str) -> int:
    """GETs `url` into the file `path`, whole or not at all; returns its size. (The standard
    library has no async HTTP client: this speaks as much HTTP/1.1 as a plain GET needs.)"""
    parts = urlsplit(url)
    reader, writer = await asyncio.open_connection(parts.hostname, parts.port or 80)
    try:
        writer.write(f"GET {parts.path} HTTP/1.1\r\nHost: {parts.netloc}\r\n\r\n".encode())
        status_line, *lines = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        _, status, reason = status_line.split(" ", 2)  # HTTP/1.1 503 Service Unavailable
        if status != "200":
            error = f"HTTP status {status} {reason}"
            raise Retryable(error) if status.startswith("5") else RuntimeError(error)
        headers = dict(line.lower().split(":", 1) for line in lines if line)
        length = int(headers["content-length"])  # none (a chunked body): KeyError, no retry
        # The body goes to a new file beside `path`, renamed `path` once complete, and removed
        # on any failure: a body cut short, or a timeout or cancellation at the `await` below.
        descriptor, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".part")
        try:
            with os.fdopen(descriptor, "wb") as file:
                size = 0
                while size < length and (chunk := await reader.read(min(length - size, 1 << 16))):
                    file.write(chunk)  # as it comes: never the whole body in memory
                    size += len(chunk)
            if size < length:
                raise Retryable(f"body cut short: {size} of {length} bytes")
            os.replace(temporary, path)  # only now is there a file called `path`, and it is whole
        except BaseException:
            os.unlink(temporary)
            raise
        return size
    finally:
        writer.close()


async def download_with_retries(url: str, out: str, timeout: float) -> bool:
    """Downloads `url` into the directory `out`, saying on stderr how it goes; True if done."""
    name, pause = url.rsplit("/", 1)[-1], FIRST_BACKOFF
    try:
        for n in range(1, ATTEMPTS + 1):
            try:
                async with asyncio.timeout(timeout):
                    size = await download(url, os.path.join(out, name))
                say(f"done {name} ({size} bytes)")
                return True
            except WORTH_RETRYING as failure:  # a timeout's own message is empty
                error = str(failure) or f"timed out after {timeout:g}s"
            if n < ATTEMPTS:
                say(f"retry {name} in {pause * 1000:.0f}ms (attempt {n} of {ATTEMPTS}: {error})")
                await asyncio.sleep(pause)
                pause *= 2
        say(f"failed {name}: gave up after {ATTEMPTS} attempts: {error}")
    except asyncio.CancelledError:
        say(f"failed {name}: cancelled")
        raise  # the task ends cancelled
    except Exception as failure:  # not worth another try
        say(f"failed {name}: {failure}")
    return False
