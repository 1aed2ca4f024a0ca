"""Saved searches: a list's canonical query kept under a short random key, so /s/<key>/ lists the same
statements later (and old speaker slugs in it still resolve, through the canonical form)."""

from __future__ import annotations

import secrets

from django import forms
from django.db import IntegrityError, transaction
from django.http import QueryDict

from statements.research.listing import narrow_statements
from statements.models import SavedSearch

KEY_BYTES = 6  # 8 URL-safe characters: 2^48 keys, not guessable by walking through them
MAX_QUERY_LENGTH = 2000


class SaveSearchForm(forms.Form):
    name = forms.CharField(max_length=200, label="Name this search")
    query = forms.CharField(max_length=MAX_QUERY_LENGTH, required=False, widget=forms.HiddenInput)

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())  # a name pasted with line breaks stays one line

    def clean_query(self):
        listing = narrow_statements(QueryDict(self.cleaned_data["query"]))
        if listing.errors:
            raise forms.ValidationError(listing.errors)
        return listing.query_string


def save_search(name: str, query_string: str) -> SavedSearch:
    """Store `query_string` (already canonical) under a new random key."""
    for _ in range(5):
        try:
            with transaction.atomic():
                return SavedSearch.objects.create(key=secrets.token_urlsafe(KEY_BYTES), name=name, query_string=query_string)
        except IntegrityError:  # the key was taken; another draw will not be
            continue
    raise RuntimeError("could not draw an unused saved-search key")


def saved_params(search: SavedSearch, request_params: QueryDict) -> QueryDict:
    """The saved query, with the position in the list and the format taken from the request."""
    params = QueryDict(search.query_string.lstrip("?"), mutable=True)
    for key in ("page", "cursor", "format"):
        if request_params.get(key):
            params[key] = request_params[key]
    return params
