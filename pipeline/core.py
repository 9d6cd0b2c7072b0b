"""The Pipeline: stages run in the order given over Documents, parsing batched by spaCy."""
from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Union

from .document import Document
from .errors import PipelineError
from .nlp import DEFAULT_MODEL, load_spacy
from .records import SPAN_RECORD_NAMES
from .stage import Stage

if TYPE_CHECKING:
    from spacy.language import Language

#: Stage name -> "module:Class". A plain table (no registry filled at import time); a stage whose
#: module is not there yet is simply absent from the default pipeline.
STAGE_CLASSES: dict[str, str] = {
    "segmentation": "pipeline.stages.segmentation:Segmenter",
    "entities": "pipeline.stages.entities:EntityRecognizer",
    "coreference": "pipeline.stages.coreference:CoreferenceResolver",
    "linking": "pipeline.linking.stage:EntityLinker",
    "quotes": "pipeline.stages.quotes:QuoteAttributor",
    "dates": "pipeline.stages.dates:DateNormalizer",
    "facts": "pipeline.stages.facts:FactExtractor",
}
DEFAULT_STAGES: tuple[str, ...] = tuple(STAGE_CLASSES)

#: What a pipeline input may be: a text, a (text, metadata) pair, or a ready Document.
PipeItem = Union[str, tuple[str, Mapping[str, Any]], Document]


def stage_class(name: str) -> type[Stage]:
    """Import the class of stage `name`; PipelineError if the name is unknown or not built yet."""
    if name not in STAGE_CLASSES:
        raise PipelineError(f"unknown stage {name!r}; known stages: {', '.join(STAGE_CLASSES)}")
    module_name, class_name = STAGE_CLASSES[name].split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        raise PipelineError(f"stage {name!r} is not available in this version") from exc
    return getattr(module, class_name)


def available_stages() -> list[str]:
    """Names of the stages whose code is present, in default order."""
    names = []
    for name in DEFAULT_STAGES:
        try:
            stage_class(name)
        except PipelineError:
            continue
        names.append(name)
    return names


def record_names(stages: Iterable[Stage | type[Stage]]) -> list[str]:
    """The JSONL files stages write, in record order, `documents` last (stage classes or instances)."""
    provided = set().union(*(s.provides for s in stages))
    return [n for n in SPAN_RECORD_NAMES if n in provided] + ["documents"]


def check_requirements(stages: list[Stage]) -> None:
    """Raise one PipelineError naming every stage whose inputs no earlier stage provides."""
    provided: set[str] = set()
    gaps = []
    for stage in stages:
        missing = stage.requires - provided
        if missing:
            gaps.append(f"{stage.name!r} needs {', '.join(sorted(missing))}")
        provided |= stage.provides
    if gaps:
        raise PipelineError(
            "stages in this order cannot run: " + "; ".join(gaps)
            + ". Add the stage that provides it earlier (e.g. 'segmentation' provides parse, sentences;"
            " 'entities' provides entities)."
        )


def failure(what: str, exc: BaseException) -> str:
    """The error message of a document: what failed, and the exception's type and first line."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{what}: {type(exc).__name__}" + (f": {message[:300]}" if message else "")


def batches(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def to_document(item: PipeItem) -> Document:
    """Turn a pipe input into a Document (metadata keys: doc_id/id, date, source, title)."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(item)
    text, meta = item
    meta = dict(meta)
    doc_id = meta.get("doc_id", meta.get("id", "doc"))
    return Document(
        text,
        doc_id=str(doc_id),
        date=meta.get("date"),
        source=meta.get("source"),
        title=meta.get("title"),
    )


class Pipeline:
    """Stages sharing one spaCy model, run in the order given.

    Example:
        >>> import pipeline
        >>> nlp = pipeline.load(stages=["segmentation", "entities"])  # doctest: +SKIP
        >>> doc = nlp("M. Poutine a parlé.", doc_id="a1", date="2020-08-30")  # doctest: +SKIP
        >>> doc.to_records()["entities"][0]["canonical"]  # doctest: +SKIP
        'Poutine'
    """

    def __init__(self, nlp: "Language", stages: list[Stage]) -> None:
        check_requirements(stages)
        self.nlp = nlp
        self.stages = stages

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    @property
    def record_names(self) -> list[str]:
        """The JSONL files this pipeline writes (documents always)."""
        return record_names(self.stages)

    def __call__(self, text: str, **meta: Any) -> Document:
        return next(iter(self.pipe([(text, meta)])))

    def pipe(self, items: Iterable[PipeItem], batch_size: int = 32, on_error: str = "raise") -> Iterator[Document]:
        """Process many inputs lazily, in order, parsing them in spaCy batches.

        on_error: "raise" (library default) re-raises a stage's exception; "record" stores any
        exception met while reading, parsing or running the stages on one document in that
        document's `doc.error` and goes on with the next document (the CLI's choice).
        """
        documents = (to_document(item) for item in items)
        if on_error != "record":
            pairs = ((self._prepared(d), d) for d in documents)
            for spacy_doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
                document.spacy_doc = spacy_doc
                yield self.run_stages(document, on_error=on_error)
            return
        for batch in batches(documents, batch_size):
            for document in self._parsed(batch, batch_size):
                yield self.run_stages(document, on_error=on_error)

    def allow_length(self, n_chars: int) -> None:
        """Let spaCy parse documents of up to `n_chars` characters (its `max_length`, 1,000,000 by
        default, raises E088 beyond): `--max-chars` is the one limit the user sets."""
        self.nlp.max_length = max(self.nlp.max_length, n_chars)

    def _parsed(self, batch: list[Document], batch_size: int) -> list[Document]:
        """The batch with each document's parse on `spacy_doc`, or its `error` set: one document
        the tokenizer or a model component fails on costs that document, not its batch.

        The same batches reach spaCy as with `on_error="raise"` (so the same parses); only when
        a batch fails is each of its documents parsed alone to find the one that fails.
        """
        pairs = []
        for document in batch:
            if document.error:
                continue
            try:
                pairs.append((self._prepared(document), document))
            except Exception as exc:  # noqa: BLE001 - recorded on the document
                document.error = failure("could not be parsed", exc)
        try:
            for spacy_doc, document in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
                document.spacy_doc = spacy_doc
        except Exception:  # noqa: BLE001 - retried one by one below, where it is recorded
            for _, document in pairs:
                document.spacy_doc = self._parsed_alone(document)
        return batch

    def _parsed_alone(self, document: Document):
        try:
            return next(iter(self.nlp.pipe([self._prepared(document)])))
        except Exception as exc:  # noqa: BLE001 - recorded on the document
            document.error = failure("could not be parsed", exc)
            return None

    def run_stages(self, document: Document, on_error: str = "raise") -> Document:
        """Run every stage on an already parsed Document (the parse stays on `doc.spacy_doc`).

        A Document that arrives with an error (unreadable input) goes through untouched.
        """
        if document.error:
            return document
        for stage in self.stages:
            try:
                stage(document)
                document.provided |= stage.provides
            except Exception as exc:  # noqa: BLE001 - the policy decides, nothing is swallowed
                if on_error == "raise":
                    raise
                document.error = failure(f"stage {stage.name!r} failed", exc)
                break
        return document

    def _prepared(self, document: Document):
        spacy_doc = self.nlp.make_doc(document.text)
        for stage in self.stages:
            spacy_doc = stage.prepare(spacy_doc)
        return spacy_doc


def load(
    stages: Iterable[str] | None = None,
    model: str = DEFAULT_MODEL,
    nlp: "Language | None" = None,
) -> Pipeline:
    """Build a pipeline: all available stages by default, or `stages` in the order given.

    The spaCy model is loaded here, once, and shared by every stage; pass `nlp` to reuse a model
    that is already loaded.
    """
    names = list(stages) if stages is not None else available_stages()
    classes = [stage_class(name) for name in names]  # fail on unknown names before loading a model
    if nlp is None:
        nlp = load_spacy(model)
    return Pipeline(nlp, [cls(nlp) for cls in classes])
