"""How much CPU other work used while `make bench` measured (Linux /proc only).

Client and server share the machine, so anything else running (a test suite, a build) takes
cores from the site and skews every figure. This counts the machine's CPU time (user, nice,
system) over a window and takes away the bench's own: this process and its threads, its
children and their children (gunicorn and its workers, wrk, the SMTP sink, helper commands),
and the database and cache servers it uses (postgres and redis-server processes; a benchmark
elsewhere on the same servers would count as the bench's). What is left is other work.
"""

import os
import resource
from pathlib import Path

SERVICES = {"postgres", "redis-server"}


def clock_ticks() -> int:
    return os.sysconf("SC_CLK_TCK")


def machine_seconds() -> float:
    """CPU seconds the whole machine has spent in user, nice and system time since boot."""
    user, nice, system = (int(v) for v in Path("/proc/stat").read_text().split()[1:4])
    return (user + nice + system) / clock_ticks()


def processes() -> dict[int, tuple[str, int, float]]:
    """Every process: pid -> (command name, parent pid, CPU seconds used so far)."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # it exited meanwhile
            continue
        name = text[text.index("(") + 1 : text.rindex(")")]
        fields = text[text.rindex(")") + 2 :].split()
        cpu = (int(fields[11]) + int(fields[12])) / clock_ticks()  # utime + stime
        found[int(stat.parent.name)] = (name, int(fields[1]), cpu)
    return found


def descendants(root: int, table: dict[int, tuple[str, int, float]]) -> set[int]:
    children: dict[int, list[int]] = {}
    for pid, (_, parent, _) in table.items():
        children.setdefault(parent, []).append(pid)
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def own_seconds() -> float:
    """CPU used by this process and by children it has waited for (wrk, helper commands)."""
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


class CpuWatch:
    """Start before measuring, read `other_seconds()` after."""

    def __init__(self):
        self.available = Path("/proc/stat").exists()
        if self.available:
            self.machine, self.own, self.table = machine_seconds(), own_seconds(), processes()

    def other_seconds(self) -> float | None:
        """CPU seconds other work has used since the start, or None without /proc. Call it
        while gunicorn still runs (a stopped child's CPU moves to this process's totals)."""
        if not self.available:
            return None
        table = processes()
        ours = descendants(os.getpid(), table)
        ours |= {pid for pid, (name, _, _) in table.items() if name in SERVICES}
        bench = own_seconds() - self.own
        for pid in ours:
            before = self.table.get(pid)
            same_process = before is not None and before[0] == table[pid][0]
            bench += table[pid][2] - (before[2] if same_process else 0.0)
        return max(0.0, machine_seconds() - self.machine - bench)
