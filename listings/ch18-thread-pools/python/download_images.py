import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def download_img(url: str) -> str:
    with urllib.request.urlopen(url) as response:
        data = response.read()
    if not data:
        raise ValueError(f"{url}: empty body")
    name = url.rsplit("/", 1)[-1]
    with open(name, "wb") as file:
        file.write(data)
    return f"downloaded {name}"


if __name__ == "__main__":
    urls = sys.argv[1:]  # four image URLs
    with ThreadPoolExecutor() as executor:
        for message in executor.map(download_img, urls):
            print(message)
