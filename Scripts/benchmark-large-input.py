#!/usr/bin/env python3
"""Times `newsgraph build` on single articles of growing size and on one long
line, printing seconds, MB/s and peak memory, to show that time grows linearly
and memory stays bounded. Usage: Scripts/benchmark-large-input.py [MB ...]
(default 1 10 50 100). Expects a release build (Scripts/benchmark-large-input.sh)."""
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "release", "newsgraph")


# Lines after which the furniture filter drops the rest of an article.
TAIL_MARKERS = {"latest news", "detail author:", "socials", "leave a comment", "related articles"}


def paragraphs():
    text = []
    for name in sorted(os.listdir(os.path.join(ROOT, "seeds"))):
        if name.endswith(".txt"):
            with open(os.path.join(ROOT, "seeds", name), encoding="utf-8") as handle:
                lines = handle.read().splitlines()
            text.extend(line for line in lines if line.strip().lower() not in TAIL_MARKERS)
    return "\n".join(text)


def write_article(path, megabytes, single_line):
    block = paragraphs()
    if single_line:
        block = " ".join(block.replace(".", " ").split())
    target = int(megabytes * 1_000_000)
    with open(path, "w", encoding="utf-8") as handle:
        written = 0
        while written < target:
            piece = block[: target - written] if target - written < len(block) else block
            handle.write(piece)
            handle.write(" " if single_line else "\n\n")
            written += len(piece.encode("utf-8")) + 1


def measure(path):
    start = time.monotonic()
    process = subprocess.Popen([BINARY, "build", path, "--quiet", "--output", path + ".json"])
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - start
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main():
    sizes = [float(value) for value in sys.argv[1:]] or [1, 10, 50, 100]
    with tempfile.TemporaryDirectory() as folder:
        print(f"{'input':<28}{'seconds':>9}{'MB/s':>8}{'peak MB':>10}")
        for single_line in (False, True):
            for megabytes in sizes if not single_line else [size for size in sizes if size <= 10]:
                path = os.path.join(folder, f"article-{megabytes}-{single_line}.txt")
                write_article(path, megabytes, single_line)
                seconds, peak, code = measure(path)
                label = f"{megabytes:g} MB {'single line' if single_line else 'article'}"
                note = "" if code == 0 else f"  (exit {code})"
                print(f"{label:<28}{seconds:>9.2f}{megabytes / seconds:>8.2f}{peak:>10.0f}{note}", flush=True)
                os.remove(path)


if __name__ == "__main__":
    main()
