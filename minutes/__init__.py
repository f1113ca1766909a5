"""The `minutes` command: a thin layer over flows and pipeline."""
