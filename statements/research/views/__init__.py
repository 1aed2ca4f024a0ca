"""The researcher's pages, one module per kind of page. Thin on purpose: list rules live in listing.py and
filters.py, formats in exports.py, feeds.py and citations.py, reading rules in the models' querysets."""

from statements.research.views.compare import compare
from statements.research.views.home import home, search_help
from statements.research.views.lists import save_search, saved_search, saved_search_feed, statement_feed, statement_list
from statements.research.views.records import article_detail, statement_citation, statement_detail
from statements.research.views.subjects import conflict_detail, speaker_detail

__all__ = [
    "article_detail",
    "compare",
    "conflict_detail",
    "home",
    "save_search",
    "saved_search",
    "saved_search_feed",
    "search_help",
    "speaker_detail",
    "statement_citation",
    "statement_detail",
    "statement_feed",
    "statement_list",
]
