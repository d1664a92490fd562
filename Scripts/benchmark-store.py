#!/usr/bin/env python3
"""Measures a growing corpus store: for each N, generates N synthetic articles
(Scripts/generate-corpus.py), adds them to a new store, and prints add time,
store size, peak memory, neighbors and path latency (whole process and inside
the process), and the time of a --top 50 render.
Usage: Scripts/benchmark-store.py [N ...]   (default 1000 10000 100000)
Expects release builds (Scripts/benchmark-store.sh makes them)."""
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NEWSGRAPH = os.path.join(ROOT, ".build", "release", "newsgraph")


def run(arguments, may_fail=False):
    """Runs a command; returns (seconds, peak MB, stderr). `may_fail` for
    queries whose "no such path" answer exits non-zero."""
    start = time.monotonic()
    process = subprocess.Popen(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    errors = process.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0 and not may_fail:
        raise SystemExit(f"{' '.join(arguments)} failed:\n{errors}")
    return time.monotonic() - start, usage.ru_maxrss / 1024, errors


def latency(arguments, repeats=7):
    process_times, library_times = [], []
    for _ in range(repeats):
        seconds, _, errors = run(arguments + ["--timing"], may_fail=True)
        process_times.append(seconds * 1000)
        match = re.search(r"query: ([0-9.]+) ms", errors)
        library_times.append(float(match.group(1)) if match else float("nan"))
    return statistics.median(process_times), statistics.median(library_times)


def corpus_megabytes(folder):
    return sum(entry.stat().st_size for entry in os.scandir(folder)) / 1_000_000


def main():
    sizes = [int(value) for value in sys.argv[1:]] or [1000, 10000, 100000]
    for count in sizes:
        with tempfile.TemporaryDirectory() as folder:
            articles = os.path.join(folder, "articles")
            subprocess.run([sys.executable, os.path.join(ROOT, "Scripts", "generate-corpus.py"), str(count), articles], check=True)
            megabytes = corpus_megabytes(articles)
            store = os.path.join(folder, "corpus.sqlite")
            seconds, peak, _ = run([NEWSGRAPH, "add", articles, "--store", store, "--quiet"])
            size = os.path.getsize(store) / 1_000_000
            with sqlite3.connect(store) as connection:
                # A typical person: half-way down the list of people, not a hub.
                people = connection.execute("SELECT name FROM entity WHERE kind = 'person' ORDER BY number").fetchall()
            person, other = people[len(people) // 2][0], people[len(people) // 3][0]
            hub = latency([NEWSGRAPH, "neighbors", store, "Germany"])
            neighbors = latency([NEWSGRAPH, "neighbors", store, person])
            path = latency([NEWSGRAPH, "path", store, person, other])
            render, render_peak, _ = run([NEWSGRAPH, "render", store, "--top", "50", "--output", os.path.join(folder, "top.svg")])
            print(f"N={count}: {megabytes:.1f} MB of articles")
            print(f"  add:        {seconds:8.2f} s  ({megabytes / seconds:.2f} MB/s end to end, peak {peak:.0f} MB)")
            print(f"  store size: {size:8.1f} MB")
            print(f"  neighbors of a person:  {neighbors[0]:8.1f} ms per process, {neighbors[1]:.1f} ms in the library")
            print(f"  neighbors of Germany:   {hub[0]:8.1f} ms per process, {hub[1]:.1f} ms in the library (a hub)")
            print(f"  path between people:    {path[0]:8.1f} ms per process, {path[1]:.1f} ms in the library")
            print(f"  render --top 50: {render:.2f} s (peak {render_peak:.0f} MB)", flush=True)


if __name__ == "__main__":
    main()
