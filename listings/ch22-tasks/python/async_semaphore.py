import asyncio
import time


async def download(name: str, seconds: float, semaphore: asyncio.Semaphore) -> None:
    async with semaphore:  # waits while two downloads hold the semaphore
        print(f"{name}: started")
        await asyncio.sleep(seconds)  # a download, simulated
        print(f"{name}: done")


async def main() -> None:
    start = time.perf_counter()
    semaphore = asyncio.Semaphore(2)
    files = [("red.ppm", 0.02), ("green.ppm", 0.01), ("blue.ppm", 0.03), ("white.ppm", 0.01)]
    await asyncio.gather(*(download(name, s, semaphore) for name, s in files))
    print(f"took {time.perf_counter() - start:.2f} s")


asyncio.run(main())
