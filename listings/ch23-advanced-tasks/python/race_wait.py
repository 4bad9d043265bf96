import asyncio


async def play_music(music: str, length: float) -> str:
    print(f"Start playing {music}")
    await asyncio.sleep(length)
    print(f"Finished playing {music}")
    return music


async def play_within(
    music: str, length: float, limit: float, shutdown: asyncio.Event
) -> None:
    song = asyncio.create_task(play_music(music, length))
    stop = asyncio.create_task(shutdown.wait())
    done, pending = await asyncio.wait(
        {song, stop}, timeout=limit, return_when=asyncio.FIRST_COMPLETED
    )
    for task in pending:
        task.cancel()  # wait() cancels nothing: without this, B would finish at 4 s
    if song in done:
        print(f"{song.result()} finished in time")
    elif stop in done:
        print(f"{music}: shutdown")
    else:
        print(f"{music}: timeout")


async def main() -> None:
    shutdown = asyncio.Event()
    asyncio.get_running_loop().call_later(4.5, shutdown.set)
    await play_within("A", 1, 2, shutdown)  # finished in time, at 1 s
    await play_within("B", 3, 2, shutdown)  # timeout at 3 s
    await play_within("C", 5, 10, shutdown)  # shutdown at 4.5 s


asyncio.run(main())
