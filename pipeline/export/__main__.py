"""`python -m pipeline.export OUT --to DEST ...`: the same as the `extract-export` console script."""
from .cli import app

app(prog_name="extract-export")
