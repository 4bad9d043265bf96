import asyncio


async def producer(queue: asyncio.Queue) -> None:
    for n in range(1, 6):
        await queue.put(n)  # waits while the queue is full
        print(f"sent {n}")
    await queue.put(None)  # no more messages


async def consumer(queue: asyncio.Queue) -> None:
    while True:
        n = await queue.get()
        if n is None:
            break
        await asyncio.sleep(0.01)  # the consumer is slow
        print(f"processed {n}")


async def main() -> None:
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
