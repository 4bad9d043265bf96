import queue

q = queue.Queue(maxsize=3)
for n in (1, 2, 3):
    q.put(n)                    # block=True: waits while the queue is full
try:
    q.put(4, block=False)       # never waits
except queue.Full:
    print("put(4, block=False): Full")
try:
    q.put(4, timeout=0.1)       # waits at most 0.1 s for room
except queue.Full:
    print("put(4, timeout=0.1): Full")
print([q.get() for _ in range(3)])  # block=True: waits while the queue is empty
try:
    q.get(block=False)
except queue.Empty:
    print("get(block=False): Empty")
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("get(timeout=0.1): Empty")
