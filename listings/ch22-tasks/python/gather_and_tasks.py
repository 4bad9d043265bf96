import asyncio
import time


async def say_hello() -> None:
    print("Hello")
    await asyncio.sleep(1)
    print("World")


async def with_gather() -> None:
    await asyncio.gather(say_hello(), say_hello())


async def with_tasks() -> None:
    task1 = asyncio.create_task(say_hello())  # starts when this coroutine next waits
    task2 = asyncio.create_task(say_hello())
    await task1
    await task2


async def call_api(name: str, delay: float) -> None:
    print(f"{name} - step 1")
    await asyncio.sleep(delay)
    print(f"{name} - step 2")


async def main() -> None:
    start = time.perf_counter()
    task1 = asyncio.create_task(call_api("A", 2))
    task2 = asyncio.create_task(call_api("B", 5))
    await task1
    print("task 1 completed")
    await task2
    print("task 2 completed")
    print(f"spent {time.perf_counter() - start:.1f} s")  # about 5 s, not 7


asyncio.run(with_gather())  # about 1 s
asyncio.run(with_tasks())  # about 1 s
asyncio.run(main())
