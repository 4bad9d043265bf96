import threading
import time


def task(name: str, count: int) -> None:
    for n in range(count):
        print(f"{name} - {n}\n", end="")
        time.sleep(0.01)


t1 = threading.Thread(target=task, args=("A", 5))                # not a daemon
t2 = threading.Thread(target=task, args=("B", 50), daemon=True)   # a daemon
t1.start()
t2.start()
print("main: my own work is done")
# The end of the script: the interpreter waits for t1, then exits. t2 is stopped wherever it is.
