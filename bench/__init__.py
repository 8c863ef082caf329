"""Benchmarks: runnable modules (`python -m bench.<name>`), each comparing against a baseline in the same run."""
