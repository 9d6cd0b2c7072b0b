"""Where chunks of documents are processed: this process, local worker processes, or a Dask cluster.

Every backend runs the same function, `process_chunk`, on lists of Documents and returns their
output already serialised (`output.Rendered`: the main process only appends bytes), in input order, with a bounded number of chunks in flight
so memory does not grow with the corpus. Each worker builds the pipeline (and loads the model)
once, when it starts.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .allocator import keep_freed_memory
from .core import Pipeline, available_stages, failure, load, record_names, stage_class
from .document import Document
from .lifeline import die_with_parent, die_with_process
from .nlp import DEFAULT_MODEL
from .output import Rendered, render



@dataclass(frozen=True)
class PipelineSpec:
    """A picklable recipe for a pipeline, so workers can build their own."""

    stages: tuple[str, ...] | None = None
    model: str = DEFAULT_MODEL
    #: the longest document (characters) the model must accept: the run's `--max-chars`
    max_length: int | None = None

    def build(self) -> Pipeline:
        keep_freed_memory()  # once per process: freed parses are reused, not faulted in again
        nlp = load(stages=self.stages, model=self.model)
        if self.max_length:
            nlp.allow_length(self.max_length)
        return nlp

    def record_names(self) -> list[str]:
        """The JSONL files the pipeline writes, known without loading the model."""
        return record_names(stage_class(n) for n in self.stages or available_stages())


def process_chunk(nlp: Pipeline, chunk: list[Document]) -> list[Rendered]:
    """The unit of work of every backend: each document's serialised output.

    Whatever fails on one document (parse, stage, serialising) is that document's `error`; the
    others of the chunk are processed as usual.
    """
    names = nlp.record_names
    out = []
    for doc in nlp.pipe(chunk, on_error="record"):
        doc.spacy_doc = doc.coreference = doc.resolver = None  # the parse is not written: free it now
        out.append(render_document(doc, names))
    return out


def render_document(doc: Document, names: list[str]) -> Rendered:
    try:
        return render(doc.to_records(), names)
    except Exception as exc:  # noqa: BLE001 - recorded on the document
        return failed(doc, failure("output could not be written", exc), names)


def failed(doc: Document, error: str, names: list[str]) -> Rendered:
    """The output of a document that failed as a whole: its document record with `error`, nothing else."""
    bare = Document(doc.text, doc_id=doc.doc_id, date=doc.date, source=doc.source, title=doc.title,
                    warnings=list(doc.warnings), error=error)
    return render(bare.to_records(), names)


def one_by_one(submit, result, chunk: list[Document], names: list[str]) -> list[Rendered]:
    """A chunk whose worker failed (killed, out of memory, unpicklable result) sent again one
    document at a time: the document that fails again gets the error, the others their output."""
    out = []
    for doc in chunk:
        try:
            out.extend(result(submit([doc])))
        except Exception as exc:  # noqa: BLE001 - recorded on the document
            out.append(failed(doc, failure("worker failed", exc), names))
    return out


def resolve_workers(value: str | int) -> int:
    if str(value) == "auto":
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    workers = int(value)
    if workers < 1:
        raise ValueError("--workers must be at least 1 or 'auto'")
    return workers


def ordered_window(submit, result, tagged: Iterable[tuple[Any, list[Document]]], window: int,
                   names: list[str] | None = None) -> Iterator:
    """Submit (tag, chunk) pairs keeping at most `window` in flight; yield (tag, records) in order.

    A chunk whose result raises is sent again one document at a time (`one_by_one`; needs `names`).
    """
    def collected(chunk, future):
        try:
            return result(future)
        except Exception:  # noqa: BLE001 - narrowed down to the failing document
            if names is None:
                raise
            return one_by_one(submit, result, chunk, names)

    pending: deque = deque()
    for tag, chunk in tagged:
        pending.append((tag, chunk, submit(chunk)))
        if len(pending) >= window:
            tag0, chunk0, future = pending.popleft()
            yield tag0, collected(chunk0, future)
    while pending:
        tag0, chunk0, future = pending.popleft()
        yield tag0, collected(chunk0, future)


class LocalExecutor:
    """One process: the pipeline is built here, once, when the first document needs it."""

    def __init__(self, spec: PipelineSpec, nlp: Pipeline | None = None) -> None:
        self.spec = spec
        self.nlp = nlp

    def __enter__(self) -> "LocalExecutor":
        return self

    def __exit__(self, *exc) -> None:
        return None

    def map(self, tagged: Iterable[tuple[Any, list[Document]]]) -> Iterator[tuple[Any, list[Rendered]]]:
        for tag, chunk in tagged:
            if chunk and self.nlp is None:
                self.nlp = self.spec.build()
            elif chunk and self.spec.max_length:
                self.nlp.allow_length(self.spec.max_length)
            yield tag, self.processed(chunk) if chunk else []

    def processed(self, chunk: list[Document]) -> list[Rendered]:
        try:
            return process_chunk(self.nlp, chunk)
        except Exception:  # noqa: BLE001 - narrowed down to the failing document
            return one_by_one(lambda docs: docs, lambda docs: process_chunk(self.nlp, docs), chunk,
                              self.nlp.record_names)


class _WorkerPipeline:
    """The pipeline of one worker process, built by the pool's initializer (one per process)."""

    nlp: Pipeline | None = None


def _init_worker(spec: PipelineSpec, parent_pid: int) -> None:
    die_with_parent(parent_pid)
    _WorkerPipeline.nlp = spec.build()


def _worker_process_chunk(chunk: list[Document]) -> list[Rendered]:
    return process_chunk(_WorkerPipeline.nlp, chunk)


class ProcessExecutor:
    """N local worker processes (spawned, so no state leaks from the parent), each loading the model once.

    Spawned workers re-import the caller's main module: a script that calls `runner.run(workers=2)`
    needs the usual `if __name__ == "__main__":` guard (the `extract` command has it).
    """

    def __init__(self, spec: PipelineSpec, workers: int) -> None:
        self.spec = spec
        self.workers = workers
        self.pool = None

    def __enter__(self) -> "ProcessExecutor":
        self.pool = self.new_pool()
        return self

    def new_pool(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(
            max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker, initargs=(self.spec, os.getpid()),
        )

    def __exit__(self, *exc) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    def submit(self, chunk: list[Document]):
        """Submit a chunk; a pool broken by a dead worker is replaced first (its chunks are sent again)."""
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.pool.submit(_worker_process_chunk, chunk)
        except BrokenProcessPool:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self.new_pool()
            return self.pool.submit(_worker_process_chunk, chunk)

    def map(self, tagged):
        return ordered_window(self.submit, lambda f: f.result(), tagged, window=2 * self.workers + 1,
                              names=self.spec.record_names())


PLUGIN_NAME = "pipeline-model"


def _dask_process_chunk(chunk: list[Document]) -> list[Rendered]:
    from distributed import get_worker

    return process_chunk(get_worker().plugins[PLUGIN_NAME].nlp, chunk)


def dask_plugin(spec: PipelineSpec, run_pid: int | None = None):
    """A Dask WorkerPlugin that builds the pipeline once per worker, at worker setup.

    With `run_pid` (a LocalCluster started by the run) the worker and its nanny die with that process.
    """
    from distributed import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        idempotent = True

        def __init__(self, spec: PipelineSpec, run_pid: int | None) -> None:
            self.spec = spec
            self.run_pid = run_pid
            self.nlp = None

        def setup(self, worker) -> None:
            if self.run_pid is not None:
                die_with_process(self.run_pid, with_parent=os.getppid() != self.run_pid)
            self.nlp = self.spec.build()

    return PipelinePlugin(spec, run_pid)


class DaskExecutor:
    """A Dask distributed cluster: the given scheduler, or a LocalCluster on 127.0.0.1."""

    def __init__(self, spec: PipelineSpec, workers: int, scheduler: str | None = None) -> None:
        try:
            import distributed  # noqa: F401
        except ImportError as exc:
            raise RuntimeError(
                "the Dask backend needs the optional extra: pip install -e \".[dask]\""
            ) from exc
        self.spec = spec
        self.workers = workers
        self.scheduler = scheduler
        self.client = None
        self.cluster = None

    def __enter__(self) -> "DaskExecutor":
        from distributed import Client, LocalCluster

        if self.scheduler:
            self.client = Client(self.scheduler)
        else:
            self.cluster = LocalCluster(
                n_workers=self.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address=None,
            )
            self.client = Client(self.cluster)
        run_pid = os.getpid() if self.cluster is not None else None
        self.client.register_plugin(dask_plugin(self.spec, run_pid), name=PLUGIN_NAME)
        return self

    def __exit__(self, *exc) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()

    def map(self, tagged):
        n = max(1, len(self.client.scheduler_info().get("workers", {})) or self.workers)
        submit = lambda chunk: self.client.submit(_dask_process_chunk, chunk, pure=False)  # noqa: E731
        return ordered_window(submit, lambda f: f.result(), tagged, window=2 * n + 1,
                              names=self.spec.record_names())


def make_executor(spec: PipelineSpec, workers: int = 1, backend: str = "local", scheduler: str | None = None,
                  nlp: Pipeline | None = None):
    if backend == "dask":
        return DaskExecutor(spec, workers, scheduler)
    if backend != "local":
        raise ValueError(f"unknown backend {backend!r}; use 'local' or 'dask'")
    return LocalExecutor(spec, nlp) if workers == 1 else ProcessExecutor(spec, workers)
