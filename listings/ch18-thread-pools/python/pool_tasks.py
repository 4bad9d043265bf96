import time
from concurrent.futures import ThreadPoolExecutor


def task(name: str) -> str:
    print(f"{name} - step 1")
    time.sleep(1)
    print(f"{name} - step 2")
    return f"{name} complete"


with ThreadPoolExecutor() as executor:
    future_a = executor.submit(task, "A")
    future_b = executor.submit(task, "B")
    print(future_a.result())  # waits until A has finished
    print(future_b.result())

with ThreadPoolExecutor() as executor:
    for result in executor.map(task, ["C", "D"]):
        print(result)  # C's result, then D's: input order
