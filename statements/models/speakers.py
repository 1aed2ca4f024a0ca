"""Who speaks: speakers, the names articles give them, the roles they held, the old slugs that redirect."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse

from statements.models.articles import Article
from statements.text import normalise_name, person_key


class SpeakerKind(models.TextChoices):
    PERSON = "person", "person"
    ORGANISATION = "organisation", "organisation"
    GOVERNMENT = "government", "government"
    GROUP = "group", "group"
    # A source the article does not name ("a senior US official"): one per article and description, never
    # merged across articles (Speaker.article), so no page collects strangers under one description.
    UNNAMED = "unnamed", "unnamed source"


class SpeakerQuerySet(models.QuerySet):
    def for_index(self) -> SpeakerQuerySet:
        """A to Z, whatever the case."""
        return self.order_by(Lower("name"), "pk")

    def narrowed(
        self, *, name: str = "", letter: str = "", country: str = "", kind: str = "", role: str = ""
    ) -> SpeakerQuerySet:
        """Speakers whose name or one of its aliases holds `name`, whose name starts with `letter`, of
        `country` and `kind`, who held a role whose title holds `role`."""
        rows = self
        if letter:
            rows = rows.filter(name__istartswith=letter)
        if name:
            rows = rows.filter(
                Q(name__icontains=name)
                | Q(pk__in=SpeakerAlias.objects.filter(normalised__contains=normalise_name(name)).values("speaker_id"))
            )
        if country:
            rows = rows.filter(country=country)
        if kind:
            rows = rows.filter(kind=kind)
        if role:
            rows = rows.filter(pk__in=SpeakerRole.objects.filter(title__icontains=role).values("speaker_id"))
        return rows

    def countries(self) -> list[str]:
        return list(self.exclude(country="").order_by("country").values_list("country", flat=True).distinct())


class Speaker(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=20, choices=SpeakerKind.choices, default=SpeakerKind.PERSON)
    country = models.CharField(max_length=100, blank=True, help_text="Country or affiliation.")
    description = models.TextField(blank=True)
    from_gazetteer = models.BooleanField(default=False, help_text="Curated, not minted by extraction.")
    article = models.ForeignKey(
        Article, null=True, blank=True, on_delete=models.CASCADE, related_name="unnamed_sources",
        help_text="For an unnamed source: the one article it speaks in.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        permissions = [("merge_speaker", "Can merge speakers and split aliases off")]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind=SpeakerKind.UNNAMED, article__isnull=False) | (~Q(kind=SpeakerKind.UNNAMED)),
                name="unnamed_source_has_its_article",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("speaker-detail", args=[self.slug])


class SpeakerAlias(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalised = models.CharField(max_length=200, db_index=True, editable=False)
    # person_key(name): how one person's spellings are found across articles (titles, initials, romanisation).
    identity = models.CharField(max_length=200, db_index=True, editable=False, default="")

    class Meta:
        verbose_name_plural = "speaker aliases"
        constraints = [
            models.UniqueConstraint(fields=["speaker", "normalised"], name="alias_unique_per_speaker"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.normalised = normalise_name(self.name)
        self.identity = person_key(self.name)
        super().save(*args, **kwargs)


class SpeakerRole(models.Model):
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="roles")
    title = models.CharField(max_length=200, help_text='e.g. "Kremlin spokesman"')
    started_on = models.DateField(null=True, blank=True)
    ended_on = models.DateField(null=True, blank=True)
    source = models.URLField(max_length=500, blank=True, help_text="The list or page the dates were checked on.")
    checked = models.DateField(null=True, blank=True, help_text="When the source was checked.")

    class Meta:
        ordering = ["-started_on", "title"]

    def __str__(self) -> str:
        return self.title


class SpeakerRedirect(models.Model):
    """An old slug that keeps resolving after speakers are merged or renamed."""

    old_slug = models.SlugField(max_length=80, unique=True)
    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="redirects")

    def __str__(self) -> str:
        return f"{self.old_slug} → {self.speaker.slug}"
