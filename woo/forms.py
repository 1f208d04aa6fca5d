"""Forms of the Woo pages: the search form, a new request, a disclosure decision."""

from django import forms
from django.db import connection
from django.utils import timezone, translation

from accounts import prepared
from accounts.organisation import AFDELINGEN
from chats.constants import Gesprekspartner
from chats.review.forms import percent_field as _percent
from zaken.models import Zaak, Zaaktype

from . import grounds
from .constants import Oordeel, VerzoekStatus
from .models import WooVerzoek
from .search import SearchFilters

_ZAAKTYPE_TABLE = Zaaktype._meta.db_table
_ZAAKTYPEN_ORDER = "ORDER BY omschrijving"
_OPEN_VERZOEKEN_FROM = f"FROM {WooVerzoek._meta.db_table} WHERE status = %s"
_OPEN_VERZOEKEN_ORDER = "ORDER BY ontvangen_op DESC"


def zaaktype_choices() -> list[tuple[str, str]]:
    """Zaaktypen as (identificatie, omschrijving). Read for every search page: one plain query
    (the ORM's building of it cost more than the query itself)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT identificatie, omschrijving FROM {_ZAAKTYPE_TABLE} {_ZAAKTYPEN_ORDER}"
        )
        return cursor.fetchall()


def _zaaktypen_and_open_verzoeken() -> tuple[list[tuple[str, str]], list[WooVerzoek]]:
    """zaaktype_choices and open_verzoeken in one round trip (PostgreSQL): every search page
    asks both. Each row as an array of its columns, in the same order."""
    with connection.cursor() as cursor:
        prepared.execute(  # parsed and planned once per connection (accounts.prepared)
            cursor,
            "woo_search_form_choices",
            f"SELECT ARRAY(SELECT ARRAY[identificatie, omschrijving] FROM {_ZAAKTYPE_TABLE} "
            f"{_ZAAKTYPEN_ORDER}), ARRAY(SELECT ARRAY[id::text, nummer, onderwerp] "
            f"{_OPEN_VERZOEKEN_FROM} {_OPEN_VERZOEKEN_ORDER})",
            [str(VerzoekStatus.OPEN)],
            inline=True,
        )
        zaaktypen, verzoeken = cursor.fetchone()
    rows = [(int(pk), nummer, onderwerp) for pk, nummer, onderwerp in verzoeken]
    return [tuple(row) for row in zaaktypen], _verzoeken_from_rows(rows)


# The search page renders its six filter widgets on every search; Django's template-based widget
# rendering cost a few milliseconds a page (1M-message bench). A widget's HTML depends only on
# its name, value, attributes, choices and language, so each distinct one is rendered once per
# process (bounded: user-typed values make the keys).
WIDGET_CACHE_SIZE = 512
_widget_html: dict[tuple, str] = {}


class _CachedRender:
    """Widget mixin: the HTML of a widget rendered before with the same inputs, from the cache."""

    def render(self, name, value, attrs=None, renderer=None):
        choices = getattr(self, "choices", ())
        key = (
            type(self),
            name,
            type(value),
            str(value),
            tuple(sorted((k, repr(v)) for k, v in {**self.attrs, **(attrs or {})}.items())),
            tuple((str(v), str(label)) for v, label in choices),
            translation.get_language(),
            id(renderer),
        )
        html = _widget_html.get(key)
        if html is None:
            html = super().render(name, value, attrs, renderer)
            if len(_widget_html) >= WIDGET_CACHE_SIZE:
                _widget_html.clear()
            _widget_html[key] = html
        return html


class _Select(_CachedRender, forms.Select):
    pass


class _DateInput(_CachedRender, forms.DateInput):
    pass


class _TextInput(_CachedRender, forms.TextInput):
    pass


def open_verzoeken() -> list[WooVerzoek]:
    """The open requests, newest received first, with what their choice shows (number and
    subject): one plain query, as WooVerzoek.objects.open().order_by("-ontvangen_op") reads
    them (building that queryset cost ~0.4 ms CPU a search page, more than the query)."""
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT id, nummer, onderwerp {_OPEN_VERZOEKEN_FROM} {_OPEN_VERZOEKEN_ORDER}",
            [str(VerzoekStatus.OPEN)],
        )
        return _verzoeken_from_rows(cursor.fetchall())


def _verzoeken_from_rows(rows) -> list[WooVerzoek]:
    return [
        WooVerzoek.from_db(connection.alias, ["id", "nummer", "onderwerp"], row) for row in rows
    ]


class _OpenVerzoekChoices(forms.models.ModelChoiceIterator):
    """The choices of the open requests read with one plain query (open_verzoeken): Django's
    iterator() opens a server-side cursor on PostgreSQL (DECLARE, FETCH, CLOSE: three round
    trips) for the handful of open requests, on every search (the widget cache reads the
    choices as well). Validating a chosen request still asks the field's queryset. The form
    may have read them already (`open_read`, SearchForm: with the zaaktypen)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        read = getattr(self.field, "open_read", None)
        for obj in read if read is not None else open_verzoeken():
            yield self.choice(obj)


class _OpenVerzoekField(forms.ModelChoiceField):
    iterator = _OpenVerzoekChoices


class SearchForm(forms.Form):
    q = forms.CharField(label="Zoekwoorden", required=False)
    zaaknummer = forms.CharField(
        label="Zaaknummer", required=False, max_length=40, widget=_TextInput
    )
    zaaktype = forms.ChoiceField(label="Zaaktype", required=False, widget=_Select)
    afdeling = forms.ChoiceField(
        label="Afdeling",
        required=False,
        choices=[("", "Alle afdelingen"), *AFDELINGEN],
        widget=_Select,
    )
    gesprekspartner = forms.ChoiceField(
        label="Gesprek met",
        required=False,
        choices=[("", "Iedereen"), *Gesprekspartner.choices],
        widget=_Select,
    )
    van = forms.DateField(label="Van", required=False, widget=_DateInput(attrs={"type": "date"}))
    tot = forms.DateField(
        label="Tot en met", required=False, widget=_DateInput(attrs={"type": "date"})
    )
    verzoek = _OpenVerzoekField(
        label="Toevoegen aan Woo-verzoek",
        required=False,
        queryset=WooVerzoek.objects.none(),
        empty_label="(geen verzoek gekozen)",
        widget=_Select,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("zaaktype", "afdeling", "gesprekspartner", "verzoek"):
            self.fields[name].widget.attrs["class"] = "form-select"
        # Choosing a request applies at once (static/woo/woo.js); without JavaScript the
        # "Kiezen" button next to it does the same.
        self.fields["verzoek"].widget.attrs["data-submit-on-change"] = ""
        for name in ("van", "tot"):
            self.fields[name].widget.attrs["class"] = "form-control"
        self.fields["zaaknummer"].widget.attrs.update(
            {"class": "form-control", "placeholder": "Z-2024-000123"}
        )
        self.fields["verzoek"].queryset = WooVerzoek.objects.open().order_by("-ontvangen_op")
        if connection.vendor == "postgresql":
            # With the open requests of the choice below: one round trip, not two, a page.
            zaaktypen, self.fields["verzoek"].open_read = _zaaktypen_and_open_verzoeken()
        else:
            zaaktypen = zaaktype_choices()
        self.fields["zaaktype"].choices = [("", "Alle zaaktypen"), *zaaktypen]

    def clean(self):
        data = super().clean()
        # A stale link to a request that was closed meanwhile must not block the search.
        if self._errors.pop("verzoek", None):
            data["verzoek"] = None
        van, tot = data.get("van"), data.get("tot")
        if van and tot and tot < van:
            self.add_error("tot", "De einddatum ligt vóór de begindatum.")
        return data

    def zaak_id(self) -> int | None:
        """The zaak of the entered zaaknummer; 0 when none has that number (no results)."""
        nummer = (self.cleaned_data.get("zaaknummer") or "").strip()
        if not nummer:
            return None
        zaak = Zaak.objects.filter(zaaknummer__iexact=nummer).first()
        return zaak.pk if zaak else 0

    def filters(self) -> SearchFilters:
        data = self.cleaned_data
        return SearchFilters(
            zaak_id=self.zaak_id(),
            zaaktype=data.get("zaaktype") or "",
            afdeling=data.get("afdeling") or "",
            gesprekspartner=data.get("gesprekspartner") or "",
            van=data.get("van"),
            tot=data.get("tot"),
        )


def _zaak_of(nummer: str) -> Zaak | None:
    """The zaak of a typed zaaknummer (any case); refused in Dutch when none has it."""
    nummer = nummer.strip()
    if not nummer:
        return None
    zaak = Zaak.objects.filter(zaaknummer__iexact=nummer).first()
    if zaak is None:
        raise forms.ValidationError(
            f"Er is geen zaak met zaaknummer {nummer}. Laat het veld leeg als er nog geen is."
        )
    return zaak


class _ZaakField(forms.CharField):
    """A zaak by its zaaknummer, typed as people know it (a list of every zaak would be long)."""

    def __init__(self, **kwargs):
        super().__init__(
            label="Zaaknummer",
            required=False,
            max_length=40,
            help_text="De zaak in het zaaksysteem waarin het verzoek wordt behandeld, "
            "bijvoorbeeld Z-2024-000123.",
            **kwargs,
        )

    def prepare_value(self, value):
        if isinstance(value, Zaak):
            return value.zaaknummer
        if isinstance(value, int):
            zaak = Zaak.objects.filter(pk=value).first()
            return zaak.zaaknummer if zaak else ""
        return value

    def clean(self, value):
        return _zaak_of(super().clean(value) or "")


class _RequestNumberForm(forms.ModelForm):
    """A form that names a request's number: one in use, in any case, is refused."""

    def clean_nummer(self) -> str:
        # Before the model's unique check, whose Dutch reads "met eenzelfde Nummer". In any
        # case, as the zaaknummer: "woo-2025-001" is WOO-2025-001, not a second request.
        nummer = self.cleaned_data["nummer"]
        same = WooVerzoek.objects.filter(nummer__iexact=nummer).exclude(pk=self.instance.pk)
        existing = same.values_list("nummer", flat=True).first()
        if existing is not None:
            raise forms.ValidationError(f"Er bestaat al een Woo-verzoek met nummer {existing}.")
        return nummer


class VerzoekForm(_RequestNumberForm):
    zaak = _ZaakField()

    class Meta:
        model = WooVerzoek
        fields = [
            "nummer",
            "onderwerp",
            "ontvangen_op",
            "zaak",
            "verzoeker_naam",
            "verzoeker_organisatie",
        ]
        widgets = {"ontvangen_op": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def __init__(self, *args, requester: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not requester:
            # Whoever may not see the requester afterwards is not asked for it (a superuser
            # without the Woo role): a posted one is not taken either.
            _leave_out_requester(self)

    def clean_ontvangen_op(self):
        # The decision term runs from this day: a typo in the year would silently give years.
        day = self.cleaned_data["ontvangen_op"]
        if day and day > timezone.localdate():
            raise forms.ValidationError("De datum van ontvangst kan niet in de toekomst liggen.")
        return day


REQUESTER_FIELDS = ("verzoeker_naam", "verzoeker_organisatie")


def _leave_out_requester(form: forms.BaseForm) -> None:
    """The requester's fields taken out of `form`: neither shown nor read from a post."""
    for name in REQUESTER_FIELDS:
        del form.fields[name]


class VerzoekAdminForm(_RequestNumberForm):
    """The admin's form of a request: the zaak typed by its zaaknummer."""

    zaak = _ZaakField()

    class Meta:
        model = WooVerzoek
        # The rest is read-only in the admin (woo.admin.WooVerzoekAdmin.readonly_fields).
        fields = [
            "nummer",
            "ontvangen_op",
            "onderwerp",
            "zaak",
            "verzoeker_naam",
            "verzoeker_organisatie",
        ]


class VerzoekDetailsForm(forms.ModelForm):
    """What the request's page lets a Woo officer correct: subject, zaak and requester."""

    zaak = _ZaakField()

    class Meta:
        model = WooVerzoek
        fields = ["onderwerp", "zaak", "verzoeker_naam", "verzoeker_organisatie"]

    def __init__(self, *args, requester: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        if not requester:
            # Not shown to whoever may not see the requester, so not posted either: left as is.
            _leave_out_requester(self)


class BeoordelingForm(forms.Form):
    """The judgement of one document (or, on the record form, of all its unassessed ones)."""

    oordeel = forms.ChoiceField(
        label="Beoordeling",
        choices=Oordeel.choices,
        widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
        error_messages={"required": "Kies een beoordeling."},
    )
    gronden = forms.MultipleChoiceField(
        label="Weigeringsgronden",
        required=False,
        choices=grounds.choices,
        # Checkboxes: several grounds are common, and a multiple select needs Ctrl-click.
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
    )
    toelichting = forms.CharField(
        label="Opmerkingen",
        required=False,
        max_length=500,
        widget=forms.TextInput(attrs={"class": "form-control form-control-sm"}),
    )
    reeds_openbaar_url = forms.URLField(
        label="Vindplaats (bij reeds openbaar)",
        required=False,
        max_length=500,
        assume_scheme="https",
        widget=forms.URLInput(attrs={"class": "form-control form-control-sm"}),
        error_messages={
            "invalid": "Vul als vindplaats een volledige link in, bijvoorbeeld "
            "https://www.meppel.nl/woo/besluit-2024-12."
        },
    )


GROUND_MISSING = "Kies een grond uit de lijst; er is niets weggelakt."
GROUND_NOT_CHANGED = "Kies een grond uit de lijst; de grond is niet gewijzigd."


def _ground_field(missing: str = GROUND_MISSING) -> forms.ChoiceField:
    """The ground of a blackout: required, one of the list (woo.grounds), refused in Dutch."""
    return forms.ChoiceField(
        label="Grond",
        choices=grounds.choices,
        error_messages={"required": missing, "invalid_choice": missing},
    )


class PassageForm(forms.Form):
    """A stretch of a message's text to black out (the selected text and where it starts)."""

    bericht = forms.IntegerField(min_value=1)
    passage = forms.CharField(
        label="Weg te lakken tekst",
        max_length=10_000,
        strip=False,
        error_messages={"required": "Selecteer of typ de tekst die weg moet."},
    )
    start = forms.IntegerField(required=False, min_value=0)
    grond = _ground_field()


class OcrPassageForm(forms.Form):
    """A stretch of the text read from an image to black out (selected text and its start)."""

    afbeelding = forms.IntegerField(min_value=1)
    passage = forms.CharField(
        label="Weg te lakken tekst",
        max_length=10_000,
        strip=False,
        error_messages={"required": "Selecteer of typ de tekst die weg moet."},
    )
    start = forms.IntegerField(required=False, min_value=0)
    grond = _ground_field()


class AreaForm(forms.Form):
    """An area of a screenshot to black out, in percent of its width and height."""

    schermafbeelding = forms.IntegerField(min_value=1)
    x = _percent("Links (%)", lowest=0)
    y = _percent("Boven (%)", lowest=0)
    breedte = _percent("Breedte (%)", lowest=0.1)
    hoogte = _percent("Hoogte (%)", lowest=0.1)
    grond = _ground_field()


class PassageGrondForm(forms.Form):
    bericht = forms.IntegerField(min_value=1)
    start = forms.IntegerField(min_value=0)
    grond = _ground_field(GROUND_NOT_CHANGED)


class DatumForm(forms.Form):
    """A day for a term action (verdagen, opschorten, bezwaar)."""

    datum = forms.DateField(
        label="Datum",
        widget=forms.DateInput(attrs={"type": "date", "class": "form-control form-control-sm"}),
        error_messages={"required": "Vul een datum in.", "invalid": "Vul een geldige datum in."},
    )
