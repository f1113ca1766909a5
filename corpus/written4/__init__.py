"""Written held-out set 4 (corpus/heldout_written4/): its reports and its HTML renderer."""
