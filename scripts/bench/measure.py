#!/usr/bin/env python3
"""Run a command several times; print the median wall time and peak RSS as JSON.

Usage: measure.py --runs N [--ok 0,1] [--slow SECONDS] [--slow-runs M] -- COMMAND...

Wall time comes from a monotonic clock around fork/exec/wait; the peak RSS is the child's
`ru_maxrss` from wait4 (KiB on Linux). stdout goes to /dev/null, stderr is kept for the
error message. An exit status outside --ok aborts with status 2. When the first run takes
longer than --slow seconds, only --slow-runs runs are made in all, and when it takes longer
than --very-slow seconds, that one run is all (so a quadratic tool does not stall the whole
benchmark); the JSON says how many runs were made.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def run_once(command):
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # Read stderr before waiting so a chatty tool cannot block on a full pipe.
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss, proc.returncode, err


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--ok", default="0")
    parser.add_argument("--slow", type=float, default=20.0)
    parser.add_argument("--slow-runs", type=int, default=3)
    parser.add_argument("--very-slow", type=float, default=60.0)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    ok = {int(code) for code in args.ok.split(",")}
    walls, rss, codes = [], [], set()
    runs = args.runs
    i = 0
    while i < runs:
        wall, maxrss, code, err = run_once(command)
        if code not in ok:
            sys.stderr.write(f"measure: {' '.join(command)} exited {code}\n{err.decode(errors='replace')[-2000:]}")
            sys.exit(2)
        walls.append(wall)
        rss.append(maxrss)
        codes.add(code)
        if i == 0 and wall > args.very_slow:
            runs = 1
        elif i == 0 and wall > args.slow:
            runs = min(runs, args.slow_runs)
        i += 1
    print(json.dumps({
        "wall": statistics.median(walls),
        "min": min(walls),
        "max": max(walls),
        "rss_kib": int(statistics.median(rss)),
        "runs": len(walls),
        "exit": sorted(codes),
    }))


if __name__ == "__main__":
    main()
