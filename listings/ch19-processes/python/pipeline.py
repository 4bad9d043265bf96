import subprocess
import sys


def main():
    args = sys.argv[1:]
    if args[:1] == ["numbers"]:  # the first stage: 1 to COUNT, one a line
        for n in range(1, int(args[1]) + 1):
            print(n)
    elif args == ["sum"]:  # the second stage: the sum of the lines on stdin
        print(sum(int(line) for line in sys.stdin))
    else:  # the parent: this same script, twice, joined by a pipe
        me = [sys.executable, __file__]
        p1 = subprocess.Popen(me + ["numbers", "100"], stdout=subprocess.PIPE)
        p2 = subprocess.Popen(me + ["sum"], stdin=p1.stdout, stdout=subprocess.PIPE)
        p1.stdout.close()  # p2 holds the reading end now; p1 gets SIGPIPE if p2 exits first
        result, _ = p2.communicate()
        p1.wait()
        print(f"numbers 100 | sum: {result.decode().strip()}")
        print(f"numbers: {p1.returncode}; sum: {p2.returncode}")


if __name__ == "__main__":
    main()
