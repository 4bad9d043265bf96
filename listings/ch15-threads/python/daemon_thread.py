import threading
import time


def task(name: str, count: int) -> None:
    for n in range(count):
        print(f"{name} - {n}")
        time.sleep(0.001)


worker = threading.Thread(target=task, args=("A", 3), name="worker", daemon=True)
worker.start()
print("Main thread ends")  # the interpreter does not wait for worker
