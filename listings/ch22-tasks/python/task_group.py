import asyncio


async def call_api(name: str, delay: float) -> str:
    print(f"{name} - step 1")
    await asyncio.sleep(delay)
    print(f"{name} - step 2")
    return name


async def broken_api(delay: float) -> str:
    await asyncio.sleep(delay)
    raise RuntimeError("B failed")


async def main() -> None:
    async with asyncio.TaskGroup() as group:
        a = group.create_task(call_api("A", 0.06))
        c = group.create_task(call_api("C", 0.04))
    # The block ends when every task in the group has ended.
    print([a.result(), c.result()])

    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(call_api("A", 0.06))
            group.create_task(broken_api(0.02))
    except* RuntimeError as failed:  # the group cancelled A when B failed
        print(repr(failed.exceptions))


asyncio.run(main())
