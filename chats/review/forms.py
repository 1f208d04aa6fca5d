"""Forms of the review page in the admin (Dutch labels; the services do the work)."""

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect

from zaken.models import SelectielijstResultaat, Zaak

from ..constants import RejectReason
from ..models import Submission
from ..redaction import PLACEHOLDERS
from .selectors import reviewers

EMPTY_RESULTAAT = ("", "— het resultaat dat de zaak al heeft —")


def zaak_procestype_id(zaak: Zaak | None) -> int | None:
    """The procestype whose results fit the zaak (zaaktype → procestype), if it has one."""
    if zaak is None or not zaak.zaaktype_id:
        return None
    return zaak.zaaktype.procestype_id


def resultaat_choices(*, procestype_id: int | None = None) -> list:
    """Selectielijst results grouped by procestype, vervallen results left out.

    With a procestype (the chosen zaak's) only that procestype's results are offered.
    """
    groups: dict[str, list[tuple[int, str]]] = {}
    results = SelectielijstResultaat.objects.exclude(waardering="")
    if procestype_id is not None:
        results = results.filter(procestype_id=procestype_id)
    for resultaat in results.select_related("procestype").order_by(
        "procestype__jaar", "procestype__nummer", "sort_key"
    ):
        groups.setdefault(str(resultaat.procestype), []).append((resultaat.pk, str(resultaat)))
    return [EMPTY_RESULTAAT, *groups.items()]


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
        field = self.fields["resultaat"]
        # Every result validates (a wrong pick gets the procestype's Dutch reason in clean());
        # the list shows only the results that fit the chosen zaak.
        field.choices = resultaat_choices()
        zaak = self._chosen_zaak()
        procestype_id = zaak_procestype_id(zaak)
        self.procestype = zaak.zaaktype.procestype if procestype_id else None
        if procestype_id is not None:
            shown = resultaat_choices(procestype_id=procestype_id)
            chosen = self._chosen_resultaat()
            if chosen is not None and chosen.procestype_id != procestype_id:
                # Kept as chosen (the error says why it does not fit), apart from the others.
                shown.append(("Gekozen, past niet bij deze zaak", [(chosen.pk, str(chosen))]))
            field.widget.choices = shown

    def _chosen_resultaat(self) -> SelectielijstResultaat | None:
        value = self.data.get("resultaat") if self.is_bound else self.initial.get("resultaat")
        try:
            return SelectielijstResultaat.objects.filter(pk=int(value)).first()
        except (TypeError, ValueError):
            return None

    def _chosen_zaak(self) -> Zaak | None:
        value = self.data.get("zaak") if self.is_bound else self.initial.get("zaak")
        if isinstance(value, Zaak):
            return value
        try:
            return Zaak.objects.select_related("zaaktype").filter(pk=int(value)).first()
        except (TypeError, ValueError):
            return None

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


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(
        label="Collega van Informatiebeheer",
        queryset=None,
        empty_label="Kies…",
        error_messages={"required": "Kies een collega van Informatiebeheer."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = reviewers()
        self.fields["assignee"].label_from_instance = lambda user: (
            user.get_full_name() or user.get_username()
        )
