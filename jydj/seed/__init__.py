"""Synthetic Dazhou data for the demo, the tests and the benchmarks (`jydj seed`)."""
