"""Writers of an output folder in other projects' formats (`timeml`: TimeML 1.2.1 files for the
TempEval-3 toolkit and HeidelTime comparisons). The tabular exports (CSV, Parquet) stay in
`pipeline.io`, which dispatches here."""
