"""Benchmarks: runnable modules (`python -m bench.<name>`), each with a baseline measured in the same run."""
