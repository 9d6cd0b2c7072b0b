"""Information extraction for French political news.

    import pipeline
    nlp = pipeline.load()                       # all stages; the spaCy model is loaded here, once
    doc = nlp(text, doc_id="a1", date="2020-08-30")
    doc.to_records()                            # {"sentences": [...], "entities": [...], ...}

Importing this package loads no model.
"""
from .core import DEFAULT_STAGES, Pipeline, available_stages, load
from .document import Document
from .errors import InputError, ModelNotInstalledError, PipelineError
from .records import DateMention, DocumentRecord, Entity, Fact, Quote, Sentence

__version__ = "0.1.0"

__all__ = [
    "load", "Pipeline", "Document", "available_stages", "DEFAULT_STAGES",
    "PipelineError", "ModelNotInstalledError", "InputError",
    "Sentence", "Entity", "Quote", "DateMention", "Fact", "DocumentRecord",
]
