"""Mutation testing of the modules whose mistakes hurt citizens or security most (see mutation/run.py)."""
