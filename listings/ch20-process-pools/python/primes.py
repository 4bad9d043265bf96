def count_primes(start: int, end: int) -> int:
    """The primes in start..end, by trial division: slow on purpose, as in Listing 20-3."""
    count = 0
    for n in range(max(start, 2), end):
        d = 2
        while d * d <= n and n % d != 0:
            d += 1
        if d * d > n:
            count += 1
    return count
