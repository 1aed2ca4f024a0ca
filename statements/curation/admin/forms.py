"""Forms of the curator's pages: one statement, many statements, merging and splitting speakers."""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AdminDateWidget, AutocompleteSelect, AutocompleteSelectMultiple

from statements.curation.decisions import CurationError, resolve_span
from statements.models import Conflict, Speaker, SpeakerAlias, Statement, StatementKind


class StatementForm(forms.ModelForm):
    """Text boundaries can be given by the text (typed, or selected in the article) or by offsets;
    whichever the curator touched wins, and the other is worked out from the article."""

    class Meta:
        model = Statement
        fields = "__all__"
        help_texts = {
            "text": "Select the words in the article below, or type or paste them: the offsets are found for you.",
            "start": "Filled in from the text; change it (and End) to move the boundaries instead.",
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("start", "end", "paragraph"):
            if name in self.fields:
                self.fields[name].required = False

    def clean(self):
        data = super().clean()
        article = data.get("article") or getattr(self.instance, "article", None)
        if article is None or "text" not in self.fields:
            return data
        text_changed = "text" in self.changed_data
        offsets_changed = {"start", "end"} & set(self.changed_data)
        text = data.get("text") if text_changed or not offsets_changed or not self.instance.pk else None
        try:
            data["text"], data["start"], data["end"] = resolve_span(
                article.body, text=text, start=data.get("start"), end=data.get("end")
            )
        except CurationError as error:
            raise forms.ValidationError({"text": str(error)}) from None
        self.instance.start, self.instance.end = data["start"], data["end"]
        return data


def _speaker_widget():
    return AutocompleteSelect(Statement._meta.get_field("speaker"), admin.site)


class BulkEditForm(forms.Form):
    """Only what is filled in changes; everything else stays as each statement has it."""

    speaker = forms.ModelChoiceField(Speaker.objects.all(), required=False, widget=_speaker_widget())
    unattributed = forms.BooleanField(required=False, label="Make unattributed (no speaker)")
    kind = forms.ChoiceField(choices=[("", "— keep —"), *StatementKind.choices], required=False)
    said_on = forms.DateField(required=False, widget=AdminDateWidget, label="Said on")
    add_conflicts = forms.ModelMultipleChoiceField(
        Conflict.objects.all(), required=False,
        widget=AutocompleteSelectMultiple(Statement._meta.get_field("conflicts"), admin.site),
    )
    remove_conflicts = forms.ModelMultipleChoiceField(
        Conflict.objects.all(), required=False,
        widget=AutocompleteSelectMultiple(Statement._meta.get_field("conflicts"), admin.site),
    )

    def clean(self):
        data = super().clean()
        if data.get("speaker") and data.get("unattributed"):
            raise forms.ValidationError("Choose a speaker or make them unattributed, not both.")
        if not any(data.get(name) for name in self.fields):
            raise forms.ValidationError("Nothing to change: fill in at least one field.")
        return data


class MergeForm(forms.Form):
    target = forms.ModelChoiceField(
        Speaker.objects.all(), widget=_speaker_widget(), label="Merge into",
        help_text="The speaker who remains. The others' statements, aliases and roles move to them, "
        "and their pages redirect there.",
    )


class SplitAliasForm(forms.Form):
    name = forms.CharField(max_length=200, label="Name of the new speaker")

    def __init__(self, *args, alias: SpeakerAlias, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].initial = alias.name
