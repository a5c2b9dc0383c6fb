#!/usr/bin/env python3
"""Runs a command and prints its wall time and the peak of the summed resident
memory of it and all its descendants (the worker processes too), sampled every
20 ms from /proc.

usage: peak_rss.py COMMAND [ARGS...]     prints: "<seconds> <peak MiB>" on stderr
"""
import os, subprocess, sys, time

def tree_rss_kib(root):
    children = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(pid))
        except OSError:
            pass
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
        stack.extend(children.get(pid, []))
    return total

start = time.monotonic()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
peak = 0
while proc.poll() is None:
    peak = max(peak, tree_rss_kib(proc.pid))
    time.sleep(0.02)
elapsed = time.monotonic() - start
print(f"{elapsed:.3f} {peak / 1024:.1f}", file=sys.stderr)
sys.exit(proc.returncode)
