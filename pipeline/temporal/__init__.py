"""French temporal expressions: detection (a grammar of regular expressions kept as data) and
normalisation to TIMEX3 values against a reference date. Used by `pipeline.stages.dates`."""
