"""A sandbox worker's first preload: importing this module makes the process serve its
ordinary patterns from the workers' bundle of compiled patterns from then on
(``pipeline/regexcache.py``, ``remember_patterns``), before the extractors it imports
next compile theirs. The caller stores the new ones (``store_remembered``) after a
document."""

from pipeline.regexcache import remember_patterns

remember_patterns("worker")
