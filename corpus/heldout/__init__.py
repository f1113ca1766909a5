"""The held-out sets' builder (reports 12-23): one renderer, one markup and one set of checks
for every held-out set; each set's reports and README prose are in its build_heldout*.py."""
