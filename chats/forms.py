"""The intake form "WhatsAppgesprek bewaren"."""

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Fieldset, Layout, Submit
from django import forms

from zaken.models import zaaknummer_error

from .constants import UploadKind
from .intake.errors import ALLOWED_TYPES, format_count, format_size, intake_error
from .intake_config import intake_limits
from .models import Submission
from .review.text import has_placeholder


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that accepts one or more files and cleans to a list."""

    widget = MultipleFileInput

    def __init__(self, *args, **kwargs):
        # An empty file is refused by the intake, whose message names it; Django's own ("Het
        # verstuurde bestand is leeg.") does not say which of the chosen files it is.
        kwargs.setdefault("allow_empty_file", True)
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if not files and self.required:
            raise forms.ValidationError(self.error_messages["required"], code="required")
        single = super().clean
        # Size checks happen in the upload handler and the intake service, not here.
        return [single(f, initial) for f in files]


UPLOAD_HELP = (
    "Kies wat u uploadt. <b>Een kort gesprek</b>: maak schermafbeeldingen (screenshots) van de "
    "berichten. <b>Een heel gesprek</b>: exporteer de chat <i>met media</i> vanuit WhatsApp "
    "(chat openen → naam bovenaan → ‘Chat exporteren’). Een iPhone maakt daar één .zip-bestand "
    "van; upload dat bestand zoals het is. Een Android-telefoon geeft een .txt-bestand "
    "(‘WhatsApp-chat met …’) en losse foto’s en spraakberichten; kies die samen (ook honderden "
    "tegelijk), of upload de map met de export als één .zip-bestand (bijvoorbeeld vanuit OneDrive)."
)


REASON_FIELDS = ("vraag_besluit", "vraag_verantwoording", "vraag_rechten", "vraag_werkproces")
REASONS = "redenen"  # the key of the group's error in form.errors
REASONS_LABEL = "Redenen om te bewaren"


class SubmissionForm(forms.ModelForm):
    # {% error_summary %}: the reasons' error, listed where the group starts (chats.templatetags).
    error_groups = {REASONS: (REASONS_LABEL, REASON_FIELDS[0])}

    files = MultipleFileField(
        label="Bestanden",
        help_text=f"U kunt meerdere bestanden tegelijk kiezen. Toegestaan: {ALLOWED_TYPES}.",
        widget=MultipleFileInput(
            attrs={
                "accept": ".zip,.txt,.jpg,.jpeg,.png,.webp,.heic,.heif,.opus,.ogg,.mp4,.pdf,.vcf",
            }
        ),
    )

    # One-time token of this form: sending the same form twice stores one submission.
    form_token = forms.UUIDField(required=False, widget=forms.HiddenInput)
    # The employee's earlier (rejected, failed or questioned) submission sent again.
    opnieuw = forms.IntegerField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Submission
        fields = [
            "upload_kind",
            "onderwerp",
            "omschrijving",
            "gesprekspartner",
            "gesprekspartner_anders",
            "zaaknummer",
            "afdeling",
            "vraag_besluit",
            "vraag_verantwoording",
            "vraag_rechten",
            "vraag_werkproces",
            "elders_vastgelegd",
            "elders_vastgelegd_waar",
            "periode_van",
            "periode_tot",
            "bevestiging_verwijderen",
        ]
        labels = {
            "upload_kind": "Wat uploadt u?",
            "onderwerp": "Onderwerp",
            "omschrijving": "Korte omschrijving",
            "gesprekspartner": "Met wie was het gesprek?",
            "gesprekspartner_anders": "Met wie dan?",
            "zaaknummer": "Zaaknummer (als u het weet)",
            "afdeling": "Uw afdeling",
            "vraag_besluit": "Er is in het gesprek iets besloten of afgesproken.",
            "vraag_verantwoording": (
                "Het gesprek is nodig om later te kunnen uitleggen hoe iets is gegaan "
                "(verantwoording)."
            ),
            "vraag_rechten": "Het gaat over rechten of plichten van een inwoner, bedrijf of de gemeente.",
            "vraag_werkproces": "Het gesprek hoort bij een zaak of een werkproces van de gemeente.",
            "elders_vastgelegd": "Staat de inhoud ook ergens anders vast?",
            "elders_vastgelegd_waar": "Waar staat het ook?",
            "periode_van": "Belangrijk vanaf",
            "periode_tot": "Belangrijk tot en met",
            "bevestiging_verwijderen": (
                "Ik verwijder de persoonsgegevens in dit gesprek van mijn telefoon zodra het "
                "gesprek is gearchiveerd (ik krijg daarvan een e-mail)."
            ),
        }
        help_texts = {
            "upload_kind": UPLOAD_HELP,
            "onderwerp": (
                "Waar ging het gesprek over? Bijvoorbeeld: ‘Omgewaaide boom Hoofdstraat’. "
                "Informatiebeheer en de Woo-behandelaars zien het onderwerp; noem er geen namen, "
                "adressen of telefoonnummers van inwoners in: die worden weggelakt."
            ),
            "omschrijving": "Twee of drie zinnen: waarom is dit gesprek belangrijk?",
            "zaaknummer": "Bijvoorbeeld Z-2024-000123. Weet u het niet? Laat het leeg; Informatiebeheer zoekt de zaak.",
            "elders_vastgelegd_waar": "Bijvoorbeeld: in de zaak, in een e-mail of in een verslag.",
            "periode_van": "Welk deel van het gesprek is belangrijk? Laat leeg als het hele gesprek telt.",
        }
        widgets = {
            "upload_kind": forms.RadioSelect,
            "omschrijving": forms.Textarea(attrs={"rows": 3}),
            "periode_van": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "periode_tot": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def _state_limits(self) -> None:
        """The upload limits (settings ARCHIEF_*) in the files' help text, and for
        static/js/upload.js, which refuses a file that is too large before it is sent, with
        the message the server gives (the server checks again)."""
        limits = intake_limits()
        files = self.fields["files"]
        files.help_text = (
            f"U kunt meerdere bestanden tegelijk kiezen, hooguit "
            f"{format_count(limits.max_files)}. Toegestaan: {ALLOWED_TYPES}. Hooguit "
            f"{format_size(limits.max_file_size)} per bestand en "
            f"{format_size(limits.max_total_size)} voor alle bestanden samen."
        )
        files.widget.attrs.update(
            {
                "data-max-file-size": str(limits.max_file_size),
                "data-max-total-size": str(limits.max_total_size),
                # {naam}: the file's name, filled in by the script.
                "data-file-too-large": intake_error(
                    "file_too_large", name="{naam}", limits=limits
                ).message,
                "data-total-too-large": intake_error("upload_too_large", limits=limits).message,
            }
        )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._state_limits()
        self.fields["bevestiging_verwijderen"].required = True
        self.fields["bevestiging_verwijderen"].error_messages["required"] = (
            "Bevestig dat u de persoonsgegevens van uw telefoon verwijdert zodra het gesprek is "
            "gearchiveerd."
        )
        self.fields["upload_kind"].choices = UploadKind.choices
        for name in ("gesprekspartner", "afdeling", "elders_vastgelegd"):
            field = self.fields[name]
            field.choices = [("", "Kies…"), *[c for c in field.choices if c[0] != ""]]
        self.helper = FormHelper()
        self.helper.form_tag = True
        # data-upload-form: static/js/upload.js sends it with a progress bar and says in Dutch
        # when the upload did not arrive; without JavaScript it is posted as usual.
        self.helper.attrs = {
            "enctype": "multipart/form-data",
            "novalidate": "",
            "data-upload-form": "",
        }
        self.helper.layout = Layout(
            "form_token",
            "opnieuw",
            Fieldset("Het gesprek", "upload_kind", "files", "onderwerp", "omschrijving"),
            Fieldset(
                "Context",
                "gesprekspartner",
                # Follow-up questions show only for the answer that asks for them
                # (static/js/archief.js; without JavaScript they are always there).
                Div("gesprekspartner_anders", data_toon_bij="gesprekspartner=anders"),
                "zaaknummer",
                "afdeling",
                HTML('<div class="row g-2"><div class="col-sm-6">'),
                "periode_van",
                HTML('</div><div class="col-sm-6">'),
                "periode_tot",
                HTML("</div></div>"),
            ),
            Fieldset(
                "Waarom bewaren?",
                # The four reasons are one question: its error belongs to the group (shown
                # under the group's legend), not to one of the checkboxes.
                Fieldset(
                    REASONS_LABEL,
                    HTML(
                        '<p class="form-text mt-0">Een gesprek moet bewaard worden als ten minste '
                        "één van deze vier dingen klopt. Vink aan wat klopt.</p>"
                        "{% if form.errors.redenen %}"
                        '<div class="invalid-feedback d-block mb-2" id="redenen-fout">'
                        "<strong>{{ form.errors.redenen.0 }}</strong></div>{% endif %}"
                    ),
                    *REASON_FIELDS,
                    css_id="redenen",
                ),
                "elders_vastgelegd",
                Div("elders_vastgelegd_waar", data_toon_bij="elders_vastgelegd=ja"),
            ),
            Fieldset("Tot slot", "bevestiging_verwijderen"),
            Submit("submit", "Gesprek bewaren", css_class="btn-primary btn-lg w-100 w-sm-auto"),
        )

    def clean_zaaknummer(self) -> str:
        """Empty, or a zaaknummer of the zaaksysteem's form (" z-2024-000123" is kept as
        Z-2024-000123): Informatiebeheer looks the zaak up by it."""
        written = (self.cleaned_data.get("zaaknummer") or "").strip().upper()
        if written and (wrong := zaaknummer_error(written)):
            raise forms.ValidationError(f"{wrong} Weet u het niet? Laat het veld leeg.")
        return written

    def clean(self):
        cleaned = super().clean()
        if not any(cleaned.get(name) for name in REASON_FIELDS):
            # Not add_error: that hangs the message on one checkbox. The error summary finds it
            # through error_groups, the fieldset shows it under its legend.
            self._errors[REASONS] = self.error_class(
                [
                    "Vink ten minste één reden aan. Klopt geen van de vier? Dan hoeft u het "
                    "gesprek meestal niet te bewaren; vraag het bij twijfel aan Informatiebeheer."
                ],
                renderer=self.renderer,
            )
        if cleaned.get("gesprekspartner") == "anders" and not cleaned.get("gesprekspartner_anders"):
            self.add_error("gesprekspartner_anders", "Vul in met wie het gesprek was.")
        if cleaned.get("elders_vastgelegd") == "ja" and not cleaned.get("elders_vastgelegd_waar"):
            self.add_error("elders_vastgelegd_waar", "Vul in waar de inhoud ook staat.")
        # A follow-up the answer does not ask for (typed, then the answer changed) is not kept.
        if cleaned.get("gesprekspartner") != "anders":
            cleaned["gesprekspartner_anders"] = ""
        if cleaned.get("elders_vastgelegd") != "ja":
            cleaned["elders_vastgelegd_waar"] = ""
        van, tot = cleaned.get("periode_van"), cleaned.get("periode_tot")
        if van and tot and tot < van:
            self.add_error("periode_tot", "De einddatum ligt vóór de begindatum.")
        return cleaned

    # What "opnieuw insturen" copies from the earlier submission: everything but the files and
    # the confirmation, which the employee gives again.
    RESUBMIT_FIELDS = tuple(
        name for name in Meta.fields if name not in ("bevestiging_verwijderen",)
    )

    @classmethod
    def initial_from(cls, submission: Submission) -> dict:
        """Initial values of a new form that sends `submission` again: what the employee typed,
        except a field that after the purge holds only its redacted version with a placeholder
        (resubmit_left_empty)."""
        initial = {name: getattr(submission, name) for name in cls.RESUBMIT_FIELDS}
        for name in cls.resubmit_left_empty(submission):
            initial[name] = ""
        initial["opnieuw"] = submission.pk
        return initial

    @classmethod
    def resubmit_left_empty(cls, submission: Submission) -> list[str]:
        """The fields a resubmission starts empty: once the originals are purged only the
        redacted text of what the employee typed is kept, and "[TELEFOONNUMMER]" prefilled would
        read as their own words (and be sent in again as such). What they typed is not brought
        back: it was purged on purpose, so they type it again, preferably without personal
        data."""
        if submission.originals_purged_at is None:
            return []
        return [
            name
            for name in cls.RESUBMIT_FIELDS
            if isinstance(getattr(submission, name), str)
            and has_placeholder(getattr(submission, name))
        ]

    def submission_fields(self) -> dict:
        """The cleaned model fields, for the submission_create service."""
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class AnswerForm(forms.Form):
    """The submitter's answer to a question of Informatiebeheer, on the submission's page."""

    answer = forms.CharField(
        label="Uw antwoord",
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "required": "Schrijf uw antwoord op de vraag.",
            "max_length": "Uw antwoord is te lang (maximaal %(limit_value)d tekens).",
        },
    )
