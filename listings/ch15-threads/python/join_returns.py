import threading


def fail() -> None:
    raise ValueError("count must be positive")


thread = threading.Thread(target=fail)
thread.start()
print(thread.join())  # None: the exception was printed to stderr, not raised here
