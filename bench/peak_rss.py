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

The CPU time is the children's rusage, which holds only the processes that
were waited for: a worker whose parent ended without reaping it would be
lost. So this process is the tree's child subreaper (PR_SET_CHILD_SUBREAPER):
an orphaned descendant is handed to it, and once the command has ended it
reaps every such descendant (waiting up to 60 s for them to end), so their
CPU is counted too. When sampling, the CPU each process of the tree was seen
to have used (/proc/PID/stat) is summed as well; more than the rusage holds
means processes went uncounted, and the run fails (the last line says so).
--self-test checks both with a grandchild left to burn CPU after its parent
ended (bench/run.sh runs it first).

usage: peak_rss.py [--time-only] COMMAND [ARGS...]
       peak_rss.py --self-test
prints on stderr: "<wall seconds> <peak MiB> <cpu seconds>"
"""
import ctypes, os, resource, subprocess, sys, time

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


def cpu_seconds(pids, seen):
    """Updates `seen` (pid -> user + system seconds of the process itself and
    of its waited-for children, from /proc/PID/stat) for `pids`."""
    tick = os.sysconf("SC_CLK_TCK")
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            # fields[0] is the state (field 3): utime, stime, cutime, cstime
            # are fields 14-17.
            seen[pid] = sum(int(x) for x in fields[11:15]) / tick
        except (OSError, ValueError, IndexError):
            pass


def become_subreaper():
    PR_SET_CHILD_SUBREAPER = 36
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        print("peak_rss: cannot become a child subreaper", file=sys.stderr)


def reap_orphans(limit_seconds=60.0):
    """Waits for the descendants handed to this process; False when some are
    still running after `limit_seconds`."""
    end = time.monotonic() + limit_seconds
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return True
        if pid == 0:
            if time.monotonic() > end:
                return False
            time.sleep(0.01)


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


def measure(command, time_only):
    """(wall seconds, peak KiB, CPU seconds, CPU seen in /proc or None, all reaped)."""
    become_subreaper()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peak, tree, last_scan, seen = 0, [proc.pid], 0.0, {}
    if time_only:
        proc.wait()
    while proc.poll() is None:
        now = time.monotonic()
        if now - last_scan >= 0.5:
            tree, last_scan = descendants(proc.pid), now
        peak = max(peak, memory_kib(tree))
        cpu_seconds(tree, seen)
        time.sleep(0.05)
    elapsed = time.monotonic() - start
    reaped = reap_orphans()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    # A process's own figure includes the children it waited for, which
    # may be in `seen` too: the most any process of the tree showed is a
    # lower bound of the tree's CPU that counts nothing twice.
    shown = None if time_only else max(seen.values(), default=0.0)
    return elapsed, peak, cpu, shown, proc.returncode, reaped


def self_test():
    # A child that starts a grandchild burning about 0.6 s of CPU and ends at
    # once, without waiting: the grandchild is an orphan.
    burn = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.6: pass\n"
    child = f"import subprocess, sys; subprocess.Popen([sys.executable, '-c', {burn!r}])"
    ok = True
    for time_only in (True, False):
        _, _, cpu, _, _, _ = measure([sys.executable, "-c", child], time_only)
        if cpu < 0.5:
            print(f"peak_rss self-test: an orphaned grandchild's CPU went uncounted "
                  f"({cpu:.2f} s of about 0.6{', time only' if time_only else ''})", file=sys.stderr)
            ok = False
    return ok


if len(sys.argv) > 1 and sys.argv[1] == "--self-test":
    sys.exit(0 if self_test() else 1)
time_only = len(sys.argv) > 1 and sys.argv[1] == "--time-only"
command = sys.argv[2:] if time_only else sys.argv[1:]
elapsed, peak, cpu, shown, returncode, reaped = measure(command, time_only)
if not reaped:
    print("peak_rss: descendants still running 60 s after the command ended: their CPU is not counted", file=sys.stderr)
    sys.exit(3)
if shown is not None and shown > cpu * 1.02 + 0.1:
    print(f"peak_rss: the tree's processes showed {shown:.2f} s of CPU in /proc, more than the "
          f"{cpu:.2f} s counted: some went unreaped", file=sys.stderr)
    sys.exit(3)
print(f"{elapsed:.3f} {peak / 1024:.1f} {cpu:.3f}", file=sys.stderr)
sys.exit(returncode)
