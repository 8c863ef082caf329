"""Release tooling run from a source tree (not installed): the migration release check and its data generator."""
