import collections
import threading


class SafeQueue:
    def __init__(self, size: int) -> None:
        self._items = collections.deque()
        self._size = size
        self._changed = threading.Condition()

    def put(self, item) -> None:
        with self._changed:
            while len(self._items) >= self._size:
                self._changed.wait()
            self._items.append(item)
            self._changed.notify_all()

    def get(self):
        with self._changed:
            while not self._items:
                self._changed.wait()
            item = self._items.popleft()
            self._changed.notify_all()
            return item
