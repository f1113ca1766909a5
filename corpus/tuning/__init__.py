"""The tuning reports' builder (01-11, the reports the extractors were tuned on): its markup,
line breaking with hyphenation, renderer, gold and README; the reports are in corpus/reports."""
