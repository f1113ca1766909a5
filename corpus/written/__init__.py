"""The written held-out set of issue 14 (corpus/heldout_written/): six invented reports in
styles the rest of the corpus does not have, drawn by their own renderer (render.py)."""
