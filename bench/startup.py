#!/usr/bin/env python3
"""Start-up, side by side: runs each command of a set in turn, round after
round (A B C A B C ...), so that the machine's slow moments fall on all of
them alike, and prints each command's median and fastest wall time in
milliseconds as "NAME median fastest", one line each.

usage: startup.py ROUNDS NAME=COMMAND [NAME=COMMAND ...]
(COMMAND is split as a shell splits words; its output is thrown away)
"""
import shlex, statistics, subprocess, sys, time


def main():
    rounds = int(sys.argv[1])
    commands = []
    for arg in sys.argv[2:]:
        name, _, cmd = arg.partition("=")
        commands.append((name, shlex.split(cmd)))
    times = {name: [] for name, _ in commands}
    for r in range(rounds + 1):
        for name, cmd in commands:
            start = time.monotonic()
            subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
            if r > 0:  # the first round warms the caches
                times[name].append((time.monotonic() - start) * 1000)
    for name, _ in commands:
        t = times[name]
        print(f"{name} {statistics.median(t):.2f} {min(t):.2f}")


main()
