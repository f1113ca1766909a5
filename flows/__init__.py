"""Prefect 3 flows and tasks that wire the pipeline's stages."""
