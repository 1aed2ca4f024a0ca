"""The curator's interface: display and actions only. The rules of every change (what a decision
protects, how speakers merge, how the index is kept in step) live in statements.curation.decisions and
statements.ingest.reextract; the admin calls them and shows what happened."""

from statements.curation.admin import articles, conflicts, other, speakers, statements  # noqa: F401  (registers)
