"""The web app of the installed components (importing the `jiliang` package installed them)."""

from core.app import create_app

__all__ = ["create_app"]
