"""Ingest: reading documents (readers), storing them (store.py, the one writer), re-extraction, and
loading the gazetteer. May import statements.extraction, statements.models, statements.search,
statements.curation.history and statements.web; never research/ (what readers see)."""
