#!/usr/bin/env python3
"""Splits a JFR recording of ProfileMain by calling frame and prints where the starter's
findById spends CPU beyond the plain hand-written call.

Usage: jfr-split.py RECORDING.jfr [TOP]

Reads jdk.ExecutionSample (CPU) and jdk.ObjectAllocationSample (allocation weight) with
`jfr print --json`. Samples of the calling thread ("main") are classified by the frame
they run under: RestClientConfluenceSpaceService.findById (starter), PlainClient.findById
(plain), or the marker frames of a prototype. For every method the script counts the samples
whose stack contains it (inclusive) and those where it is on top (self), per side, and
prints the methods with the largest starter-minus-plain difference as shares of the plain
side's total (both sides make the same number of calls). Other threads (the JDK client's
selector, FakeConfluence's handlers) are summed per thread name.
"""
import collections
import json
import os
import re
import subprocess
import sys

SIDES = [
    ("starter", "io.github.springconfluence.space.RestClientConfluenceSpaceService.findById"),
    ("plain", "io.github.springconfluence.benchmarks.PlainClient.findById"),
]
# JFR_SIDES="starter=io...LinkedPages$PageSpliterator.tryAdvance;plain=io...PlainClient.countAllSpaces"
# splits a streaming recording instead; the first side is compared with the second.
if os.environ.get("JFR_SIDES"):
    SIDES = [tuple(pair.split("=", 1)) for pair in os.environ["JFR_SIDES"].split(";")]


def events(path, name):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "300", "--events", name, path], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)["recording"]["events"]


def frames(event):
    stack = event["values"].get("stackTrace") or {}
    result = []
    for frame in stack.get("frames", []):
        method = frame["method"]
        result.append(method["type"]["name"].replace("/", ".") + "." + method["name"])
    return result, stack.get("truncated", False)


def thread_name(event, key):
    thread = event["values"].get(key) or {}
    return thread.get("javaName") or thread.get("osName") or "?"


def normalise_thread(name):
    return re.sub(r"\d+", "N", name)


def split(path, event_name, weight_key, thread_key):
    inclusive = {side: collections.Counter() for side, _ in SIDES}
    self_ = {side: collections.Counter() for side, _ in SIDES}
    total = collections.Counter()
    threads = collections.Counter()
    truncated = 0
    for event in events(path, event_name):
        weight = event["values"][weight_key] if weight_key else 1
        name = thread_name(event, thread_key)
        threads[normalise_thread(name)] += weight
        if name != "main":
            continue
        stack, cut = frames(event)
        truncated += cut
        for side, marker in SIDES:
            if marker in stack:
                total[side] += weight
                for method in set(stack):
                    inclusive[side][method] += weight
                self_[side][stack[0]] += weight
                break
    return inclusive, self_, total, threads, truncated


def report(path, event_name, weight_key, thread_key, top, unit):
    inclusive, self_, total, threads, truncated = split(path, event_name, weight_key, thread_key)
    first, second = SIDES[0][0], SIDES[1][0]
    plain = total[second] or 1
    print(f"== {event_name} ({unit}) in {path}")
    print("calling thread: " + ", ".join(f"{side} {total[side]}" for side, _ in SIDES)
          + f"; ratio {first}/{second} {total[first] / plain:.3f}; truncated stacks: {truncated}")
    print("other threads:", ", ".join(f"{k} {v}" for k, v in threads.most_common(8)))
    print(f"-- inclusive, starter minus plain, as % of the plain side's total")
    methods = set(inclusive[first]) | set(inclusive[second])
    diffs = sorted(methods, key=lambda m: inclusive[second][m] - inclusive[first][m])
    for method in diffs[:top]:
        s, p = inclusive[first][method], inclusive[second][method]
        print(f"{100 * (s - p) / plain:7.2f}%  starter {100 * s / plain:6.2f}%  plain {100 * p / plain:6.2f}%  {method}")
    print(f"-- self (top frame), starter minus plain")
    methods = set(self_[first]) | set(self_[second])
    diffs = sorted(methods, key=lambda m: self_[second][m] - self_[first][m])
    for method in diffs[:top]:
        s, p = self_[first][method], self_[second][method]
        print(f"{100 * (s - p) / plain:7.2f}%  starter {100 * s / plain:6.2f}%  plain {100 * p / plain:6.2f}%  {method}")
    print()


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    report(path, "jdk.ExecutionSample", None, "sampledThread", top, "samples")
    report(path, "jdk.ObjectAllocationSample", "weight", "eventThread", top, "bytes")


if __name__ == "__main__":
    main()
