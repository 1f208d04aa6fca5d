"""Forms of the review page in the admin (Dutch labels; the services do the work)."""

from datetime import date, timedelta

from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteSelect

from zaken.models import SelectielijstResultaat, Zaak

from ..constants import RejectReason
from ..models import Submission
from ..redaction import PLACEHOLDERS
from ..wording import seq_of_shown
from .selectors import LOOSE_MEDIA, UNDATED, reviewers

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
            Submission._meta.get_field("zaak"), admin.site, attrs={"data-width": "100%"}
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


class _Text(forms.CharField):
    """Free text from a textarea with its line breaks as the browser's maxlength counts them
    (one character): the browser sends each as CR LF, which counted twice refused a text the
    browser let through as too long."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace("\r\n", "\n") if isinstance(value, str) else value


class RejectForm(forms.Form):
    reason = forms.ChoiceField(
        label="Reden",
        choices=RejectReason.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Kies een reden voor de afwijzing.",
            "invalid_choice": "Kies een reden voor de afwijzing.",
        },
    )
    note = _Text(
        label="Toelichting voor de indiener",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ReturnForm(forms.Form):
    question = _Text(
        label="Vraag aan de indiener",
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": "Schrijf de vraag aan de indiener.",
            "max_length": "De vraag is te lang: hooguit 2000 tekens.",
        },
    )


class FreeTextForm(forms.Form):
    """The redacted onderwerp and omschrijving, as Woo and the archive PDF show them."""

    onderwerp_redacted = forms.CharField(
        label="Onderwerp (geanonimiseerd)",
        max_length=400,
        help_text="Zo zien Woo-behandelaars en het archiefstuk het onderwerp.",
        error_messages={
            "required": "Vul een onderwerp in.",
            "max_length": "Het onderwerp is te lang: hooguit 400 tekens.",
        },
    )
    omschrijving_redacted = _Text(
        label="Omschrijving (geanonimiseerd)",
        max_length=4000,
        required=False,
        error_messages={"max_length": "De omschrijving is te lang: hooguit 4000 tekens."},
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
    target = forms.ChoiceField(
        choices=[
            ("message", "bericht"),
            ("media", "afbeelding"),
            # A purged record's typed texts (chats.review.services.TYPED_FIELDS).
            ("onderwerp", "onderwerp"),
            ("omschrijving", "omschrijving"),
            ("zaak", "omschrijving van de zaak"),
        ]
    )
    target_id = forms.IntegerField(min_value=1)
    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=1)
    label = forms.ChoiceField(
        label="Soort persoonsgegeven",
        choices=[(label, placeholder) for label, placeholder in PLACEHOLDERS.items()],
    )
    # Set when the offsets index the REDACTED text (the originals purged): its version as the
    # page showed it (chats.review.text.text_version). Empty: they index the original.
    versie = forms.CharField(required=False, max_length=64)
    # "Daar ook weglakken" after a blackout in a typed text: the page goes back to that text.
    terug = forms.ChoiceField(
        required=False,
        choices=[
            ("", ""),
            ("onderwerp", "onderwerp"),
            ("omschrijving", "omschrijving"),
            ("zaak", "zaak"),
        ],
    )


class ViewStateForm(forms.Form):
    """Where the reviewer is in the transcript (GET, and carried along by every action)."""

    dag = forms.CharField(required=False, max_length=20)
    pagina = forms.IntegerField(required=False, min_value=1, max_value=1_000_000)
    zoek = forms.CharField(required=False, max_length=200, strip=True)
    bericht = forms.IntegerField(required=False, min_value=0)

    def clean_dag(self):
        value = self.cleaned_data["dag"].strip()
        if value in ("", UNDATED, LOOSE_MEDIA):
            return value
        try:
            return date.fromisoformat(value).isoformat()
        except ValueError:
            return ""

    def state(self) -> dict[str, str]:
        """The query parameters that bring the reviewer back to the same place."""
        if not self.is_valid():
            return {}
        data = self.cleaned_data
        state = {"dag": data["dag"], "zoek": data["zoek"]}
        if data["pagina"] and data["pagina"] > 1:
            state["pagina"] = str(data["pagina"])
        return {key: value for key, value in state.items() if value}


INCLUDE_CHOICES = [("1", "selecteren"), ("0", "niet selecteren")]


class SelectionForm(forms.Form):
    """One selection action: what (`actie`) and whether in or out of the record (`selecteren`)."""

    ACTIONS = ("bericht", "bereik", "dag", "periode", "zoektreffers", "alles", "niets", "indiener")

    actie = forms.ChoiceField(choices=[(a, a) for a in ACTIONS])
    selecteren = forms.TypedChoiceField(
        choices=INCLUDE_CHOICES, coerce=lambda v: v == "1", required=False, empty_value=True
    )
    bericht = forms.IntegerField(required=False, min_value=1)
    # The numbers shown beside the messages (#1 is the first, seq 0); clean() makes them seqs.
    first = forms.IntegerField(label="van bericht", required=False, min_value=1)
    last = forms.IntegerField(label="tot en met bericht", required=False, min_value=1)
    dag = forms.CharField(required=False, max_length=20)
    van = forms.DateTimeField(
        label="van",
        required=False,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    tot = forms.DateTimeField(
        label="tot en met",
        required=False,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    zoek = forms.CharField(required=False, max_length=200, strip=True)

    REQUIRED = {
        "bericht": (("bericht",), "Kies een bericht."),
        "bereik": (("first", "last"), "Vul bij het bereik twee berichtnummers in."),
        "dag": (("dag",), "Kies een dag."),
        "periode": (("van", "tot"), "Vul het begin en het einde van de periode in."),
        "zoektreffers": (("zoek",), "Zoek eerst in het gesprek."),
    }

    def clean_dag(self):
        value = self.cleaned_data["dag"].strip()
        if not value:
            return ""
        if value == UNDATED:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise forms.ValidationError("Kies een dag.") from None

    def clean(self):
        cleaned = super().clean()
        needed, message = self.REQUIRED.get(cleaned.get("actie"), ((), ""))
        if any(cleaned.get(name) in (None, "") for name in needed if name != "dag") or (
            "dag" in needed and cleaned.get("dag") == ""
        ):
            raise forms.ValidationError(message)
        for name in ("first", "last"):
            if cleaned.get(name) is not None:
                cleaned[name] = seq_of_shown(cleaned[name])
        tot = cleaned.get("tot")
        if cleaned.get("actie") == "periode" and tot is not None:
            # "tot en met 10:30" includes the messages of that minute (the times show minutes).
            cleaned["tot"] = tot + timedelta(seconds=59, microseconds=999_999)
        return cleaned

    def first_error(self) -> str:
        for errors in self.errors.values():
            return errors[0]
        return "Deze selectie kan niet worden gemaakt."


class RangeForm(forms.Form):
    """The range inputs of the selection bar (numbers as shown beside each message)."""

    first = forms.IntegerField(label="van bericht", min_value=1)
    last = forms.IntegerField(label="tot en met bericht", min_value=1)


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


def percent_field(label: str, *, lowest: float) -> forms.FloatField:
    """A measure of an area of an image in percent, whose errors name it (the page lists them
    together). Shared with the Woo officer's area form (woo.forms.AreaForm)."""
    lowest_shown = f"{lowest:g}".replace(".", ",")  # Dutch decimal comma
    between = f"{label}: vul een getal van {lowest_shown} tot en met 100 in."
    return forms.FloatField(
        label=label,
        min_value=lowest,
        max_value=100,
        error_messages={
            "required": f"{label}: sleep over de afbeelding of vul de maat in.",
            "invalid": between,
            # These two are formatted with their limit: a percent sign is written twice.
            "min_value": between.replace("%", "%%"),
            "max_value": between.replace("%", "%%"),
        },
    )


class ImageAreaForm(forms.Form):
    """An area of an image to black out on the review page, in percent of its width and height
    (templates/woo/_area_form.html's fields, filled by dragging: static/areas/areas.js)."""

    x = percent_field("Links (%)", lowest=0)
    y = percent_field("Boven (%)", lowest=0)
    breedte = percent_field("Breedte (%)", lowest=0.1)
    hoogte = percent_field("Hoogte (%)", lowest=0.1)


def area_clipped_note(*, x: float, y: float, breedte: float, hoogte: float) -> str:
    """What the page says after an area (percent, as typed) was blacked out: "" when it lies
    inside the image; otherwise that it was cut off at the image's edge (as the services keep
    it: chats.review.services.image_area_add, woo.besluit.passage_area_add) and the width and
    height kept, so a changed measure is never silent. Shared with the Woo officer's page."""
    if x + breedte <= 100 and y + hoogte <= 100:
        return ""
    kept_width, kept_height = min(breedte, 100 - x), min(hoogte, 100 - y)
    return (
        " Het gebied liep buiten de afbeelding: alleen het deel binnen de afbeelding is "
        f"weggelakt, breedte {_percent(kept_width)} % en hoogte {_percent(kept_height)} %."
    )


def _percent(value: float) -> str:
    return f"{round(value, 1):g}".replace(".", ",")  # Dutch decimal comma
