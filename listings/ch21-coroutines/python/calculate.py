import asyncio


async def calculate(a: int, b: int) -> None:
    print(a + b)


async def main() -> None:
    print("main -step 1")
    await calculate(1, 2)
    print("main -step 2")


asyncio.run(main())  # main -step 1, 3, main -step 2
