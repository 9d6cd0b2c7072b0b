"""Writers of an output folder in other formats, and the `extract-export` console script (`cli`).

`timeml`: TimeML 1.2.1 files for the TempEval-3 toolkit and HeidelTime comparisons. The tabular
exports (CSV, Parquet) are `pipeline.io.Output.export`; `cli` dispatches to both. Nothing in
`pipeline.io` imports this package (the export depends on io, never the reverse).
"""
