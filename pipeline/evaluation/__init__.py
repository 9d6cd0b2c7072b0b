"""Scoring the pipeline against gold annotations and peer test suites."""
