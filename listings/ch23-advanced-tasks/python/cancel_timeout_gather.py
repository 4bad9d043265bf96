import asyncio


async def play_music(music: str) -> str:
    print(f"Start playing {music}")
    await asyncio.sleep(5)
    print(f"Finished playing {music}")
    return music


async def call_api() -> str:
    print("calling api.....")
    raise Exception("Error calling")


async def my_cancel() -> None:
    task = asyncio.create_task(play_music("A"))
    await asyncio.sleep(3)
    if not task.done():
        task.cancel()  # "Finished playing A" is never printed


async def my_cancel_with_timeout() -> None:
    task = asyncio.create_task(play_music("B"))
    try:
        await asyncio.wait_for(task, timeout=2)  # cancels the task when the time is up
    except TimeoutError:
        print("timeout")


async def my_timeout() -> None:
    task = asyncio.create_task(play_music("B"))
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=2)
    except TimeoutError:
        print("timeout")  # after 2 s; the task plays on
        await task  # "Finished playing B" after 5 s


async def my_gather() -> None:
    results = await asyncio.gather(play_music("A"), play_music("B"))
    print(results)  # ['A', 'B']


async def my_gather_with_exception() -> None:
    results = await asyncio.gather(
        play_music("A"), play_music("B"), call_api(), return_exceptions=True
    )
    print(results)  # ['A', 'B', Exception('Error calling')]


if __name__ == "__main__":
    for demo in (my_cancel, my_cancel_with_timeout, my_timeout, my_gather, my_gather_with_exception):
        print(f"-- {demo.__name__}")
        asyncio.run(demo())
