"""Report modules of the fifth written held-out set (corpus/build_heldout_written5.py)."""
