import threading
import time


class MyThread(threading.Thread):
    def __init__(self, name: str, count: int) -> None:
        super().__init__(name=name)
        self.count = count

    def run(self) -> None:
        for n in range(self.count):
            print(f"{self.name} - {n}\n", end="")
            time.sleep(0.01)


t1 = MyThread("A", 10)
t2 = MyThread("B", 10)
t1.start()
t2.start()
t1.join()
t2.join()
