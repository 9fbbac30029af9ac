#!/usr/bin/env python3
"""Where a whole command's CPU goes, by thread: runs the command, reads the CPU time of each thread
of its processes from /proc every 0.2 s, and prints the last reading of each, grouped (the parsing
thread, the screening thread, the JIT compilers, the garbage collector...).

    assay-bench/scripts/thread-cpu.py ./assay screen -q s99.csv -o out.jsonl

Prints one line on standard error:

    wall 55.6 s, cpu seen 52.7 s: assay-screen 28.2, C2 compiler 12.2, java 6.1, GC 3.7, ...

`java` is the JVM's main thread (in `assay screen` and `validate`: reading and parsing the input);
`assay-screen` screens and writes; a thread that ends between two readings loses at most 0.2 s.
Linux only (/proc); the command's exit status is passed on.
"""
import collections
import os
import re
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def processes(root):
    """The command's process and its descendants (the launcher execs the JVM, but may fork)."""
    found = [root]
    try:
        with open(f"/proc/{root}/task/{root}/children") as f:
            for child in f.read().split():
                found += processes(int(child))
    except OSError:
        pass
    return found


def group(name):
    name = re.sub(r"#?\d+$", "", name)
    if name.startswith("C2 "):
        return "C2 compiler"
    if name.startswith("C1 "):
        return "C1 compiler"
    if name.startswith("GC ") or name.startswith("ParGC"):
        return "GC"
    return name


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    started = time.time()
    command = subprocess.Popen(sys.argv[1:])
    last = {}
    while command.poll() is None:
        for pid in processes(command.pid):
            try:
                tids = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for tid in tids:
                try:
                    with open(f"/proc/{pid}/task/{tid}/stat") as f:
                        stat = f.read()
                except OSError:
                    continue
                name = stat[stat.index("(") + 1 : stat.rindex(")")]
                fields = stat[stat.rindex(")") + 2 :].split()
                last[(pid, tid)] = (name, (int(fields[11]) + int(fields[12])) / TICK)
        time.sleep(0.2)
    wall = time.time() - started
    groups = collections.Counter()
    for name, cpu in last.values():
        groups[group(name)] += cpu
    shown = ", ".join(f"{k} {v:.1f}" for k, v in groups.most_common(8) if v >= 0.05)
    print(f"wall {wall:.1f} s, cpu seen {sum(groups.values()):.1f} s: {shown}", file=sys.stderr)
    return command.returncode


if __name__ == "__main__":
    sys.exit(main())
