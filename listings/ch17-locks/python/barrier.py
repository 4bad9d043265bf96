import threading

barrier = threading.Barrier(3)  # opens when three threads are waiting


def task(name: str) -> None:
    print(f"{name} - phase 1\n", end="")
    index = barrier.wait()  # until all three have finished phase 1
    if index == 0:
        print(f"{name} - leader: phase 1 is done everywhere\n", end="")
    print(f"{name} - phase 2\n", end="")


threads = [threading.Thread(target=task, args=(name,)) for name in ("A", "B", "C")]
for t in threads:
    t.start()
for t in threads:
    t.join()
