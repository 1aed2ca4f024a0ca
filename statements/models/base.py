"""What the model modules share: stable slugs, a statement's review status and the count of public
statements (by which outlets and conflicts are listed too). It imports no other model module, so each of
them can import it."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.text import slugify


def unique_slug(model: type[models.Model], base: str, *, field: str = "slug", max_length: int = 80) -> str:
    """A slug for `base` not yet used by `model` (kept stable once assigned: URLs depend on it)."""
    root = (slugify(base) or "item")[: max_length - 6]
    candidate, n = root, 2
    while model.objects.filter(**{field: candidate}).exists():
        candidate = f"{root}-{n}"
        n += 1
    return candidate


def public_statements(path: str = "statements") -> models.Count:
    """Count of the public (not rejected) statements reached through `path`, for the index pages."""
    return models.Count(path, filter=~Q(**{f"{path}__status": ReviewStatus.REJECTED}), distinct=True)


class ReviewStatus(models.TextChoices):
    # One word for each status wherever it is shown (admin, public pages, history): "extracted" is
    # the stored value, never the word a reader or curator sees.
    EXTRACTED = "extracted", "not yet reviewed"
    APPROVED = "approved", "approved"
    REJECTED = "rejected", "rejected"
