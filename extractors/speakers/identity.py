"""The speakers extractor's name and version, stamped on the provenance of every row it gives."""

NAME = "speakers"
VERSION = "1.10.0"
