import threading

task_lock = threading.Lock()


def task(name: str) -> None:
    for n in range(2):
        with task_lock:  # acquire() here, release() at the end of the block
            print(f"{name} - round {n} - step 1\n", end="")
            print(f"{name} - round {n} - step 2\n", end="")
            print(f"{name} - round {n} - step 3\n", end="")


threads = [threading.Thread(target=task, args=(name,)) for name in ("A", "B", "C")]
for t in threads:
    t.start()
for t in threads:
    t.join()
