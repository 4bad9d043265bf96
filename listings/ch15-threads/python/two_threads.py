import threading
import time


def task(name: str, count: int) -> None:
    for n in range(count):
        print(f"{name} - {n}")
        time.sleep(0.001)  # a short pause, so that the threads take turns


# One call after the other: B starts only after A has finished.
task("A", 3)
task("B", 5)

# The same two calls, each on its own thread.
thread1 = threading.Thread(target=task, args=("A", 3))
thread2 = threading.Thread(target=task, args=("B", 5))
thread1.start()
thread2.start()

thread1.join()  # wait until thread1 has finished
thread2.join()
print("Main thread ends")
