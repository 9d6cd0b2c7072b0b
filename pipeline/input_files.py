"""Which files a run reads: folders expanded, a file given twice read once, sidecars kept as metadata.

Why apart from reading: the command line needs the list before any document is read (to count the
documents and to say what a folder held), and the same rules must hold for `extract DIR` and
`extract DIR/*.txt`, which must write the same output:

- a folder stands for its `.txt`, `.jsonl`, `.json` and `.csv` files, recursively, sorted by their
  path inside the folder (code-point order, which is the shell's order under LC_ALL=C), skipping
  hidden files and folders (".git", ".partial-*") and the folders in `skip` (the output folder);
- `NAME.json` beside `NAME.txt` is the metadata sidecar of that text, not an input of its own;
- a file given twice (or met again through a folder) is read once, with a note.
Paths that do not exist are kept: the reader turns them into a document with an error.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

INPUT_SUFFIXES = (".txt", ".jsonl", ".json", ".csv")


@dataclass(frozen=True)
class InputFiles:
    files: tuple[Path, ...]
    notes: tuple[str, ...]  # what was expanded or left out, for the user


def input_files(paths: Iterable[Path], skip: Iterable[Path] = ()) -> InputFiles:
    """The files to read for `paths`, in order, and notes saying what folders held and what was left out."""
    skipped = [Path(p).resolve() for p in skip]
    listed: list[Path] = []
    notes: list[str] = []
    for path in map(Path, paths):
        if path.is_dir():
            found = folder_files(path, skipped)
            kinds = Counter(p.suffix.lower() for p in found)
            detail = ", ".join(f"{n} {suffix}" for suffix, n in sorted(kinds.items()))
            notes.append(f"{path}: {len(found)} input files" + (f" ({detail})" if detail else
                         f" (no {', '.join(INPUT_SUFFIXES)} files)"))
            listed.extend(found)
        else:
            listed.append(path)
    return InputFiles(*without_repeats(listed, notes))


def folder_files(folder: Path, skipped: list[Path]) -> list[Path]:
    """The input files under `folder`, sorted by their path inside it."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or path.suffix.lower() not in INPUT_SUFFIXES:
            continue
        if not path.is_file() or any(is_within(path, s) for s in skipped):
            continue
        if path.suffix.lower() == ".json" and path.with_suffix(".txt").is_file():
            continue  # the sidecar of NAME.txt: its metadata, not an input
        found.append((relative.as_posix(), path))
    return [path for _, path in sorted(found)]


def is_within(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder)
    except ValueError:
        return False
    return True


def without_repeats(paths: list[Path], notes: list[str]) -> tuple[tuple[Path, ...], tuple[str, ...]]:
    """`paths` without a second mention of a file and without the sidecars of listed `.txt` files."""
    keys = [key(p) for p in paths]
    texts = {k.with_suffix("") for k, p in zip(keys, paths) if p.suffix.lower() == ".txt"}
    seen: set[Path] = set()
    kept = []
    for k, path in zip(keys, paths):
        if k in seen:
            notes.append(f"{path} given twice; read once")
            continue
        seen.add(k)
        if path.suffix.lower() == ".json" and k.with_suffix("") in texts:
            continue  # the metadata of NAME.txt, read with it
        kept.append(path)
    return tuple(kept), tuple(notes)


def key(path: Path) -> Path:
    """A file's identity: its resolved path (the path as given when it cannot be resolved)."""
    try:
        return path.resolve()
    except OSError:
        return path
