import asyncio
import time


async def say_hello() -> None:
    print("Hello")
    await asyncio.sleep(1)
    print("World")


async def main() -> None:
    start = time.perf_counter()
    await asyncio.gather(say_hello(), say_hello())
    print(f"took {time.perf_counter() - start:.1f} s")  # about 1 s


asyncio.run(main())
