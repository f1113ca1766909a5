"""A sandbox worker's first preload: importing this module makes the process serve its
ordinary patterns from the workers' bundle of compiled patterns from then on
(``pipeline/regexcache.py``, ``remember_patterns``), before the extractors it imports
next compile theirs. The new ones are stored when the worker has compiled none for a
second (between documents), or by the caller (``store_remembered``)."""

from pipeline.regexcache import remember_patterns, store_when_idle

if remember_patterns("worker"):
    store_when_idle()
