import asyncio

from cancel_timeout_gather import call_api, play_music


async def my_gather_fail_fast() -> None:
    try:
        await asyncio.gather(play_music("A"), call_api())
    except Exception as error:
        print(f"gather: {error}")  # at once
    await asyncio.sleep(6)  # meanwhile "Finished playing A": A was not cancelled


asyncio.run(my_gather_fail_fast())
