"""Forms of the review page in the admin (Dutch labels; the services do the work)."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect

from zaken.models import SelectielijstResultaat, Zaak

from ..constants import RejectReason
from ..models import Submission
from ..redaction import PLACEHOLDERS


def resultaat_choices() -> list:
    """Selectielijst results grouped by procestype, vervallen results left out."""
    groups: dict[str, list[tuple[int, str]]] = {}
    for resultaat in (
        SelectielijstResultaat.objects.exclude(waardering="")
        .select_related("procestype")
        .order_by("procestype__jaar", "procestype__nummer", "sort_key")
    ):
        groups.setdefault(str(resultaat.procestype), []).append((resultaat.pk, str(resultaat)))
    return [("", "— het resultaat dat de zaak al heeft —"), *groups.items()]


class ArchiveForm(forms.Form):
    zaak = forms.ModelChoiceField(
        label="Zaak",
        queryset=Zaak.objects.select_related("resultaat", "zaaktype"),
        help_text="Zoek op zaaknummer of omschrijving.",
        widget=AutocompleteSelect(
            Submission._meta.get_field("zaak"), admin.site, attrs={"style": "width: 100%"}
        ),
    )
    resultaat = forms.TypedChoiceField(
        label="Resultaat (selectielijst)",
        required=False,
        coerce=int,
        empty_value=None,
        help_text="Bepaalt de archiefnominatie en de bewaartermijn van de zaak.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["resultaat"].choices = resultaat_choices()

    def clean(self):
        cleaned = super().clean()
        zaak = cleaned.get("zaak")
        resultaat_id = cleaned.get("resultaat")
        cleaned["resultaat_obj"] = (
            SelectielijstResultaat.objects.select_related("procestype").get(pk=resultaat_id)
            if resultaat_id
            else None
        )
        if zaak is not None and cleaned["resultaat_obj"] is not None:
            # Said on the form, before the confirmation page, not after "Bevestigen".
            mismatch = zaak.resultaat_mismatch(cleaned["resultaat_obj"])
            if mismatch:
                self.add_error("resultaat", mismatch)
        if zaak is not None and cleaned["resultaat_obj"] is None and zaak.resultaat_id is None:
            raise forms.ValidationError(
                "Deze zaak heeft nog geen resultaat: kies het resultaat uit de selectielijst."
            )
        return cleaned


class RejectForm(forms.Form):
    reason = forms.ChoiceField(
        label="Reden", choices=RejectReason.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label="Toelichting voor de indiener",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ReturnForm(forms.Form):
    question = forms.CharField(
        label="Vraag aan de indiener",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class FreeTextForm(forms.Form):
    """The redacted onderwerp and omschrijving, as Woo and the archive PDF show them."""

    onderwerp_redacted = forms.CharField(
        label="Onderwerp (geanonimiseerd)",
        max_length=400,
        help_text="Zo zien Woo-behandelaars en het archiefstuk het onderwerp.",
    )
    omschrijving_redacted = forms.CharField(
        label="Omschrijving (geanonimiseerd)",
        max_length=4000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DateOrderForm(forms.Form):
    date_order = forms.ChoiceField(
        label="Volgorde van de datums in de export",
        choices=[
            ("DMY", "dag-maand-jaar (03-12-2024 is 3 december)"),
            ("MDY", "maand-dag-jaar (03-12-2024 is 12 maart)"),
        ],
        widget=forms.RadioSelect,
    )


class RedactionAddForm(forms.Form):
    target = forms.ChoiceField(choices=[("message", "bericht"), ("media", "afbeelding")])
    target_id = forms.IntegerField(min_value=1)
    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=1)
    label = forms.ChoiceField(
        label="Soort persoonsgegeven",
        choices=[(label, placeholder) for label, placeholder in PLACEHOLDERS.items()],
    )


class RangeForm(forms.Form):
    # The inputs sit in the selection bar but belong to the archive form (HTML form attribute).
    first = forms.IntegerField(
        label="van bericht", min_value=0, widget=forms.NumberInput(attrs={"form": "rv-archive"})
    )
    last = forms.IntegerField(
        label="tot en met bericht",
        min_value=0,
        widget=forms.NumberInput(attrs={"form": "rv-archive"}),
    )
