"""The lock of an output folder: one writer at a time, and a stale lock never blocks anyone.

Why: two runs on the same `--out` would share its staging area, and `--resume`/`--overwrite` clean
the staging folders at commit, so a second run could delete the live run's work under it. The lock
is the file `OUT/.extract.lock`, created exclusively (O_EXCL) before anything in the folder is read
or written, holding the owner's pid, host, start time and (on Linux) the kernel's start time of the
process. A second writer is refused with a message naming the running one. A lock whose process is
gone (kill -9, a crash, a reboot: another start time under the same pid) is stale: it is removed
and taken over, with a note. A lock from another host cannot be checked and is honoured.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import socket
import time
from dataclasses import asdict, dataclass
from pathlib import Path

LOCK_NAME = ".extract.lock"
#: A lock file without a readable owner is being written by its taker for this long at most.
UNREADABLE_GRACE_SECONDS = 5.0


class OutputLockedError(Exception):
    """Another run holds the output folder."""


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    started: str  # UTC, ISO 8601, for messages
    process_start: str | None  # /proc/<pid>/stat field 22, to tell a reused pid apart

    @classmethod
    def me(cls) -> "LockOwner":
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
        return cls(os.getpid(), socket.gethostname(), now, process_start(os.getpid()))

    def alive(self) -> bool:
        """Whether the owner still runs (True when it cannot be told: another host)."""
        if self.host != socket.gethostname():
            return True
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass  # alive, another user's
        return self.process_start is None or process_start(self.pid) in (None, self.process_start)

    def describe(self) -> str:
        return f"pid {self.pid} on {self.host}, started {self.started}"


def process_start(pid: int) -> str | None:
    """The kernel's start time of a process (clock ticks since boot), None where /proc is absent."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rpartition(")")[2].split()[19]  # field 22; the name before ")" may hold spaces


class OutputLock:
    """`with OutputLock(out_dir):` holds the folder's lock (creating the folder) until the block ends."""

    def __init__(self, out_dir: Path) -> None:
        self.path = Path(out_dir) / LOCK_NAME
        self.notes: list[str] = []
        self._held = False

    def __enter__(self) -> "OutputLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        me = LockOwner.me()
        for _ in range(3):  # a stale lock is removed once; a race with another taker is retried
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                owner = read_owner(self.path)
                if owner is None and lock_age(self.path) < UNREADABLE_GRACE_SECONDS:
                    raise OutputLockedError(f"{self.path.parent} is being locked by another extract run") from None
                if owner is not None and owner.alive():
                    raise OutputLockedError(
                        f"{self.path.parent} is being written by another extract run ({owner.describe()}); "
                        "wait for it to finish or stop it (--resume and --overwrite would delete its work). "
                        f"If no such run exists, remove {self.path}"
                    ) from None
                self.notes.append(f"removed a stale lock of {owner.describe() if owner else 'an unreadable owner'}")
                self.path.unlink(missing_ok=True)
                continue
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(asdict(me)) + "\n")
            self._held = True
            return self
        raise OutputLockedError(f"could not take the lock {self.path}: other runs keep taking it")

    def __exit__(self, *exc) -> None:
        if self._held:
            self.path.unlink(missing_ok=True)
            self._held = False


def lock_age(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return UNREADABLE_GRACE_SECONDS


def read_owner(path: Path) -> LockOwner | None:
    """The owner written in a lock file; None when it is unreadable (half written: treated as stale
    only after a moment, since its writer may be between open and write)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockOwner(int(data["pid"]), str(data["host"]), str(data["started"]), data.get("process_start"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
