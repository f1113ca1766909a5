"""The fourth written held-out set (corpus/heldout_written3/): its renderer, scan simulator
and report modules (corpus/build_heldout_written3.py builds them)."""
