from concurrent.futures import InterpreterPoolExecutor  # Python 3.14

from primes import count_primes  # pickled by name; each interpreter imports it

if __name__ == "__main__":
    bounds = [200_000 * i // 16 for i in range(17)]  # 16 ranges, as in Listing 20-3
    with InterpreterPoolExecutor() as executor:  # a thread and an interpreter per worker
        counts = executor.map(count_primes, bounds[:-1], bounds[1:])
        print(f"{sum(counts)} primes below 200000")
