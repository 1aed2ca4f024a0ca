"""The curators' rules (decisions.py: review, edits, merges, re-tagging; history.py: who changed what)
and the admin that calls them (admin/). Writes go through these functions, never a second path."""
