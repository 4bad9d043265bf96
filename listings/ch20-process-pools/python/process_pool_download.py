import sys
from concurrent.futures import ProcessPoolExecutor

from download_images import download_img  # Chapter 18's


def main() -> None:
    urls = sys.argv[1:]  # four image URLs
    with ProcessPoolExecutor() as executor:
        for message in executor.map(download_img, urls):
            print(message)


if __name__ == "__main__":
    main()
