"""The `minutes` command: a thin layer over flows and pipeline."""

__version__ = "0.1.0"     # the package's version (pyproject.toml); `minutes --version`
