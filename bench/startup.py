#!/usr/bin/env python3
"""Start-up, side by side: runs each command of a set in turn, round after
round (A B C A B C ...), so that the machine's slow moments fall on all of
them alike, and prints each command's median and fastest wall time and its
median CPU time (user + system of the process and the children it waited
for, such as redovis's worker), in milliseconds, as
"NAME median fastest cpu_median", one line each. On a shared machine the
CPU time is the steadier figure: the wall clock also measures the
neighbours.

usage: startup.py ROUNDS NAME=COMMAND [NAME=COMMAND ...]
(COMMAND is split as a shell splits words; its output is thrown away)
"""
import os, shlex, statistics, subprocess, sys, time


def run(cmd):
    """Runs cmd; returns its wall and CPU milliseconds."""
    start = time.monotonic()
    child = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    wall = (time.monotonic() - start) * 1000
    child.returncode = 0  # reaped here: Popen must not wait for it again
    return wall, (usage.ru_utime + usage.ru_stime) * 1000


def main():
    rounds = int(sys.argv[1])
    commands = []
    for arg in sys.argv[2:]:
        name, _, cmd = arg.partition("=")
        commands.append((name, shlex.split(cmd)))
    walls = {name: [] for name, _ in commands}
    cpus = {name: [] for name, _ in commands}
    for r in range(rounds + 1):
        for name, cmd in commands:
            wall, cpu = run(cmd)
            if r > 0:  # the first round warms the caches
                walls[name].append(wall)
                cpus[name].append(cpu)
    for name, _ in commands:
        t = walls[name]
        print(f"{name} {statistics.median(t):.2f} {min(t):.2f} {statistics.median(cpus[name]):.2f}")


main()
