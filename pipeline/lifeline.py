"""Worker processes die with the process that started them.

Why: a `kill -9` of the main process of a run left its worker processes alive (two workers holding
1.3 GB were still there four minutes later): nothing tells a spawned worker that its parent is gone.
On Linux the kernel does it (`prctl(PR_SET_PDEATHSIG, SIGKILL)`); everywhere a daemon thread also
checks every half second that the parent is still the same process, and kills the worker when not.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1
#: how often the watch thread looks at the parent (seconds)
POLL = 0.5


def die_with_parent(parent_pid: int) -> None:
    """Make this process die when the process `parent_pid` (its parent) dies."""
    ask_kernel()
    if os.getppid() != parent_pid:  # the parent died before we could ask
        kill_self()
    threading.Thread(target=watch, args=(parent_pid,), name="die-with-parent", daemon=True).start()


def ask_kernel() -> bool:
    """Linux: SIGKILL this process when its parent dies. False where that is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def watch(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(POLL)
    kill_self()


def kill_self() -> None:
    os.kill(os.getpid(), signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)


def die_with_process(pid: int, with_parent: bool = False) -> None:
    """Kill this process (and its parent too with `with_parent`) once process `pid`, not its parent,
    is gone: a Dask worker of a local cluster is the child of a nanny, itself the run's child."""
    threading.Thread(target=watch_process, args=(pid, with_parent), name="die-with-run", daemon=True).start()


def watch_process(pid: int, with_parent: bool) -> None:
    while alive(pid):
        time.sleep(POLL)
    if with_parent:
        os.kill(os.getppid(), signal.SIGKILL if hasattr(signal, "SIGKILL") else signal.SIGTERM)
    kill_self()


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
