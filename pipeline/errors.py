"""Exceptions with messages that say what to do."""
from __future__ import annotations


class PipelineError(Exception):
    """The pipeline cannot be built as asked (unknown stage, unmet requirements)."""


class ModelNotInstalledError(PipelineError):
    """The spaCy model is not installed; the message names the pip package."""


class InputError(Exception):
    """One input document cannot be read or processed; other documents go on."""
