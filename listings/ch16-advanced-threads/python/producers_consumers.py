import queue
import threading


def producer(name: str, count: int, q: queue.Queue) -> None:
    for n in range(count):
        q.put(f"{name} - {n}")  # waits while the queue is full


def consumer(name: str, q: queue.Queue) -> None:
    while True:  # never ends by itself
        message = q.get()  # waits while the queue is empty
        print(f"{name} - {message}\n", end="")


q = queue.Queue(maxsize=3)
for name in ("PA", "PB", "PC"):
    threading.Thread(target=producer, args=(name, 10, q), name=name).start()
for name in ("CA", "CB"):
    threading.Thread(target=consumer, args=(name, q), name=name, daemon=True).start()
