"""The archive's data: outlets and their articles, speakers and their names, conflicts, statements.

Rules about how rows come to be live in statements/ingest/ (store.py, the one writer; reextract.py) and
statements/curation/decisions.py (human decisions); the models hold structure, constraints and the querysets
that read them. One module for each kind of thing; every name is imported from here
(`from statements.models import Statement`), whichever module defines it.
"""

from statements.models.articles import (
    Article,
    ArticleBand,
    ArticleQuerySet,
    DatePrecision,
    Outlet,
    OutletQuerySet,
    PageCapture,
    Source,
    SourceKind,
)
from statements.models.base import ReviewStatus, public_statements, unique_slug
from statements.models.conflicts import Conflict, ConflictQuerySet
from statements.models.records import ChangeRecord, GazetteerRecord, IndexQueueEntry, SavedSearch
from statements.models.speakers import (
    Speaker,
    SpeakerAlias,
    SpeakerKind,
    SpeakerQuerySet,
    SpeakerRedirect,
    SpeakerRole,
)
from statements.models.statements import (
    PRIORITY_OF_SPEAKER,
    SAMPLE_BUCKETS,
    UNATTRIBUTE,
    ReviewPriority,
    Statement,
    StatementKind,
    StatementOrigin,
    StatementQuerySet,
    StatementToReview,
    fingerprint,
    review_priority_of,
    sample_bucket,
    sample_of,
)

__all__ = [
    "PRIORITY_OF_SPEAKER",
    "SAMPLE_BUCKETS",
    "UNATTRIBUTE",
    "Article",
    "ArticleBand",
    "ArticleQuerySet",
    "ChangeRecord",
    "Conflict",
    "ConflictQuerySet",
    "DatePrecision",
    "GazetteerRecord",
    "IndexQueueEntry",
    "Outlet",
    "OutletQuerySet",
    "PageCapture",
    "ReviewPriority",
    "ReviewStatus",
    "SavedSearch",
    "Source",
    "SourceKind",
    "Speaker",
    "SpeakerAlias",
    "SpeakerKind",
    "SpeakerQuerySet",
    "SpeakerRedirect",
    "SpeakerRole",
    "Statement",
    "StatementKind",
    "StatementOrigin",
    "StatementQuerySet",
    "StatementToReview",
    "fingerprint",
    "public_statements",
    "review_priority_of",
    "sample_bucket",
    "sample_of",
    "unique_slug",
]
