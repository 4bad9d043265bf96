import time


def say_hello() -> None:
    print("Hello")
    time.sleep(1)
    print("World")


start = time.perf_counter()
say_hello()
say_hello()
print(f"took {time.perf_counter() - start:.1f} s")  # about 2 s
