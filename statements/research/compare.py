"""Two or more speakers side by side on the same query and period: counts, timelines on shared axes,
latest statements. The filters are the list's FilterSet, so /compare/?speaker=a&speaker=b&q=... compares
exactly what /statements/?speaker=a&q=... and /statements/?speaker=b&q=... list."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from django.http import QueryDict
from django.urls import reverse

from statements.research.canonical import TRAILING_KEYS, canonical_params, list_query
from statements.research.describe import describe
from statements.research.filters import StatementFilter
from statements.research.listing import form_error_messages
from statements.models import Speaker, Statement
from statements.search import QueryError
from statements.research.public_counts import public_counts
from statements.research.timeline import Timeline, build_timeline, public_monthly_counts

MIN_SPEAKERS, MAX_SPEAKERS = 2, 6
FORM_SPEAKERS = 3
CARRIED_KEYS = ("conflict", "kind", "outlet", "country", "sort")
LATEST = 5
CHART_WIDTH = 400  # a column is narrow: a smaller drawing keeps its labels readable when scaled down


@dataclass
class Column:
    speaker: Speaker
    count: int
    timeline: Timeline | None
    latest: list[Statement]
    list_url: str
    months: list[tuple[date, int]] = field(default_factory=list)  # dated statements per month, in order

    @property
    def undated(self) -> int:
        return self.count - sum(n for _, n in self.months)


@dataclass
class Comparison:
    params: QueryDict
    columns: list[Column] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    description: str = ""

    @property
    def status(self) -> int:
        return 400 if self.errors else 200

    @property
    def slugs(self) -> list[str]:
        return self.params.getlist("speaker")

    @property
    def query(self) -> QueryDict:
        """What identifies the comparison: speakers in their order and the shared filters, no format."""
        return canonical_params(self.params, drop=TRAILING_KEYS, keep_order=True, resolve_speakers=False)

    def export_query(self, export_format: str) -> str:
        query = self.query
        query["format"] = export_format
        return "?" + query.urlencode()

    @property
    def carried(self) -> list[tuple[str, str]]:
        """Filters the compare form has no field for, kept as hidden fields; speakers past the form's three too."""
        pairs = [(key, value) for key in CARRIED_KEYS for value in self.params.getlist(key)]
        return pairs + [("speaker", slug) for slug in self.slugs[FORM_SPEAKERS:]]


def compare_speakers(params: QueryDict) -> Comparison:
    params = canonical_params(params, keep_order=True)
    comparison = Comparison(params=params)
    slugs = params.getlist("speaker")
    if len(slugs) < MIN_SPEAKERS:
        return comparison  # the page asks for speakers; nothing is wrong yet
    if len(slugs) > MAX_SPEAKERS:
        comparison.errors.append(f"Compare at most {MAX_SPEAKERS} speakers at once ({len(slugs)} were given).")
        return comparison
    filterset = StatementFilter(params)
    if not filterset.is_valid():
        comparison.errors.extend(form_error_messages(filterset.form))
        return comparison
    try:
        matching = filterset.qs
    except QueryError as error:
        comparison.errors.append(f"The search could not be run: {error}")
        return comparison
    shared = dict(filterset.form.cleaned_data, speaker=[])
    comparison.description = describe(shared)
    speakers = {speaker.slug: speaker for speaker in filterset.form.cleaned_data["speaker"]}
    # Counted as every statement minus the rejected ones (statements.research.public_counts): from the (speaker,
    # said_on) index alone, where the public ones would each be fetched for their status (4 s for the two
    # busiest speakers at 1M).
    every = filterset.narrowed_without(every_status=True)
    by_speaker = public_counts(every, "speaker_id")
    counts = {slug: by_speaker.get((speaker.pk,), 0) for slug, speaker in speakers.items()}
    rows = public_monthly_counts(every, "speaker")
    months = [row[0] for row in rows]
    span = (min(months), max(months)) if months else None
    per_speaker = {slug: [(m, "all", "", n) for m, key, _, n in rows if key == slug] for slug in slugs}
    # Drawn twice: once to find each chart's tallest bar, then all on the tallest, so heights compare.
    scale = max((build_timeline(r, span=span).scale for r in per_speaker.values()), default=1) if span else 1
    for slug in slugs:
        timeline = build_timeline(per_speaker[slug], span=span, scale=scale, width=CHART_WIDTH) if span else None
        # From the list itself, not from `ids`: (speaker, said_on) is then read in order, not all sorted.
        newest = matching.filter(speaker=speakers[slug]).newest_first().values_list("pk", flat=True)[:LATEST]
        latest = Statement.objects.listed(list(newest))
        months = sorted((month, n) for month, _, _, n in per_speaker[slug])
        comparison.columns.append(
            Column(speakers[slug], counts.get(slug, 0), timeline, latest, _list_url(params, slug), months)
        )
    return comparison


def _list_url(params: QueryDict, slug: str) -> str:
    query = list_query(params)
    query.setlist("speaker", [slug])
    return reverse("statement-list") + "?" + query.urlencode()
