"""The stage protocol: what a stage needs, what it provides, and how it runs on a Document."""
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .document import Document


class Stage:
    """Base class of the pipeline's stages.

    A stage is built once with the shared spaCy `nlp` (loaded once per process) and then called on
    many documents. `requires` and `provides` name document fields (`"parse"`, `"sentences"`,
    `"entities"`, ...); `Pipeline` checks them when it is built, in the order the stages are given.

    `prepare(spacy_doc)` runs on the tokenised text *before* the statistical components, so a stage
    can set constraints the parser must respect (the segmenter sets sentence starts there).
    `__call__(doc)` runs after parsing and fills the stage's own record list.
    """

    name: ClassVar[str] = ""
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, nlp: "Language") -> None:
        self.nlp = nlp

    def prepare(self, spacy_doc: "Doc") -> "Doc":
        return spacy_doc

    def __call__(self, doc: "Document") -> "Document":
        raise NotImplementedError

    def parsed(self, doc: "Document") -> "Doc":
        """The document's spaCy parse; parses it (with this stage's `prepare`) when used alone."""
        if doc.spacy_doc is None:
            doc.spacy_doc = self.nlp(self.prepare(self.nlp.make_doc(doc.text)))
        return doc.spacy_doc

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"
