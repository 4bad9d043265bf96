import time
from multiprocessing import Process


def task(name: str, count: int) -> None:
    print(f"{name} - start")
    result = sum(range(1, count + 1))
    time.sleep(1)
    print(f"{name} - end with {result}")


if __name__ == "__main__":
    process = Process(target=task, args=("A", 100))
    process.start()
    process.join()
    print("Main process over")

    start = time.perf_counter()
    processes = [
        Process(target=task, args=(name, count))
        for name, count in [("A", 100), ("B", 99), ("C", 98)]
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    print(f"took {time.perf_counter() - start:.1f} s")  # about 1 s, not 3
