"""A speaker's page and a conflict's page: who or what, over time, and the statements as a list."""

from __future__ import annotations

from datetime import date

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect

from statements.research.exports import conflict_data, speaker_data
from statements.models import Conflict, Speaker, SpeakerRedirect
from statements.research.timeline import conflict_timeline, speaker_timeline
from statements.research.views.responses import canonical_redirect, list_page


def speaker_detail(request, slug: str):
    speaker = Speaker.objects.filter(slug=slug).prefetch_related("aliases", "roles").first()
    if speaker is None:
        moved = SpeakerRedirect.objects.select_related("speaker").filter(old_slug=slug).first()
        if moved is None:
            raise Http404("No speaker has this slug.")
        target = moved.speaker.get_absolute_url()
        query = request.GET.urlencode()
        return redirect(f"{target}?{query}" if query else target, permanent=True)
    if moved := canonical_redirect(request, drop=["speaker"]):
        return moved
    context = {"speaker": speaker, "roles": sorted(speaker.roles.all(), key=_role_order)}
    if request.GET.get("format", "") in ("", "html"):
        context["timeline"] = speaker_timeline(speaker)
    return list_page(
        request, "statements/speaker_detail.html", context=context, fixed={"speaker": speaker.slug},
        json_head={"speaker": speaker_data(speaker, request.build_absolute_uri)}, filename=f"statements-{speaker.slug}",
    )


def conflict_detail(request, slug: str):
    conflict = get_object_or_404(Conflict.objects.select_related("parent"), slug=slug)
    if moved := canonical_redirect(request, drop=["conflict"]):
        return moved
    context = {"conflict": conflict}
    if request.GET.get("format", "") in ("", "html"):
        context["timeline"] = conflict_timeline(conflict)
    return list_page(
        request, "statements/conflict_detail.html", context=context, fixed={"conflict": conflict.slug},
        json_head={"conflict": conflict_data(conflict, request.build_absolute_uri)}, filename=f"statements-{conflict.slug}",
    )


def _role_order(role):
    # Roles over time: earliest first, undated ones (current posts from the gazetteer) last.
    return (role.started_on is None, role.started_on or date.min, role.title)
