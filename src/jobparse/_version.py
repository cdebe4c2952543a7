"""The version of jobparse, in one place: the build reads it from here (pyproject.toml)."""

__version__ = "0.1.0"
