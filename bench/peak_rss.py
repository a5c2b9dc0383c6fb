#!/usr/bin/env python3
"""Runs a command and prints its wall time, the peak of the memory of it and
all its descendants (the worker processes too; proportional set size, so that
pages a forked worker shares with its parent count once), and the CPU time
(user + system) of the whole process tree.

Memory is sampled from /proc every 50 ms for the processes known to be in the
tree; the tree itself is rediscovered (a scan of all of /proc, the costly
part, limited to pids above the command's) every 500 ms, so that the observer takes well under 1% of a core and
does not slow what it measures.

With --time-only nothing is sampled (the peak printed is 0): the sampler
wakes every 50 ms and reads /proc, and when every core is busy (-j N) the
time it takes is taken from what it measures.

usage: peak_rss.py [--time-only] COMMAND [ARGS...]
prints on stderr: "<wall seconds> <peak MiB> <cpu seconds>"
"""
import os, resource, subprocess, sys, time

PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024


def descendants(root):
    # A descendant was started after the root, so its pid is higher (pids
    # are handed out in increasing order until they wrap at pid_max).
    children = {}
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) <= root:
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            children.setdefault(ppid, []).append(int(name))
        except (OSError, ValueError, IndexError):
            pass
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def memory_kib(pids):
    """Proportional set size (Pss) summed over `pids`: a page shared by a
    parent and the workers it forked is counted once, not once per process
    as resident sizes would. Falls back to the resident size where the
    kernel has no smaps_rollup."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        break
            continue
        except (OSError, ValueError, IndexError):
            pass
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * PAGE_KIB
        except (OSError, ValueError, IndexError):
            pass
    return total


time_only = len(sys.argv) > 1 and sys.argv[1] == "--time-only"
command = sys.argv[2:] if time_only else sys.argv[1:]
before = resource.getrusage(resource.RUSAGE_CHILDREN)
start = time.monotonic()
proc = subprocess.Popen(command, stdout=subprocess.DEVNULL)
peak, tree, last_scan = 0, [proc.pid], 0.0
if time_only:
    proc.wait()
while proc.poll() is None:
    now = time.monotonic()
    if now - last_scan >= 0.5:
        tree, last_scan = descendants(proc.pid), now
    peak = max(peak, memory_kib(tree))
    time.sleep(0.05)
elapsed = time.monotonic() - start
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
print(f"{elapsed:.3f} {peak / 1024:.1f} {cpu:.3f}", file=sys.stderr)
sys.exit(proc.returncode)
