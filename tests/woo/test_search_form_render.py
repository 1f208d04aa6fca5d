"""Issue 17 (speed): the search form's filter widgets are rendered once per distinct input and
then come from a per-process cache; what the page shows is Django's own rendering."""

import copy

import pytest
from django import forms
from django.db import connection

from woo import forms as woo_forms
from woo.constants import VerzoekStatus
from woo.forms import SearchForm
from woo.models import WooVerzoek

pytestmark = pytest.mark.django_db

FIELDS = ("zaaknummer", "zaaktype", "afdeling", "gesprekspartner", "van", "tot", "verzoek")


def _plain(field: forms.Field) -> forms.Widget:
    """The same widget without the cache."""
    plain = copy.copy(field.widget)
    for kind in (forms.DateInput, forms.TextInput, forms.Select):
        if isinstance(plain, kind):
            plain.__class__ = kind
            return plain
    raise TypeError(type(plain))


@pytest.mark.parametrize(
    "data",
    [
        {"q": "asbest"},
        {"q": "asbest", "van": "2021-01-01", "tot": "2021-12-31", "afdeling": "ruimte"},
        {"q": "asbest", "van": "geen datum", "gesprekspartner": "bestuurder"},
        {"q": "asbest", "zaaktype": "onbekend"},
        {"q": "asbest", "zaaknummer": "Z-2024-000123"},
        {"zaaknummer": "x" * 41},
    ],
)
def test_cached_widgets_render_as_django_does(data):
    woo_forms._widget_html.clear()
    for _ in range(2):  # rendered, then from the cache
        form = SearchForm(data)
        form.is_valid()
        for name in FIELDS:
            bound = form[name]
            expected = bound.as_widget(widget=_plain(bound.field))
            assert str(bound) == expected


def test_a_widget_shows_its_own_value_and_new_choices(woo_user):
    woo_forms._widget_html.clear()
    first = str(SearchForm({"van": "2021-01-01"})["van"])
    second = str(SearchForm({"van": "2022-02-02"})["van"])
    assert 'value="2021-01-01"' in first and 'value="2022-02-02"' in second
    assert "W-2099-001" not in str(SearchForm({})["verzoek"])
    WooVerzoek.objects.create(
        nummer="W-2099-001", onderwerp="Test", ontvangen_op="2099-01-01", aangemaakt_door=woo_user
    )
    assert "W-2099-001" in str(SearchForm({})["verzoek"])


def test_the_open_requests_newest_first_as_the_queryset_gives_them(woo_user):
    for nummer, day, status in [
        ("W-2099-001", "2099-01-01", VerzoekStatus.OPEN),
        ("W-2099-002", "2099-03-01", VerzoekStatus.OPEN),
        ("W-2099-003", "2099-02-01", VerzoekStatus.OPEN),
        ("W-2099-004", "2099-04-01", VerzoekStatus.AFGEHANDELD),
    ]:
        WooVerzoek.objects.create(
            nummer=nummer,
            onderwerp=f"Test {nummer}",
            ontvangen_op=day,
            status=status,
            aangemaakt_door=woo_user,
        )
    field = SearchForm({}).fields["verzoek"]
    expected = [
        (str(verzoek.pk), str(verzoek))
        for verzoek in WooVerzoek.objects.open().order_by("-ontvangen_op")
    ]
    assert [(str(value), label) for value, label in field.choices][1:] == expected
    assert [label for _, label in expected] == [
        "W-2099-002 Test W-2099-002",
        "W-2099-003 Test W-2099-003",
        "W-2099-001 Test W-2099-001",
    ]


def test_the_cache_stays_bounded(monkeypatch):
    monkeypatch.setattr(woo_forms, "WIDGET_CACHE_SIZE", 3)
    woo_forms._widget_html.clear()
    for day in range(1, 10):
        str(SearchForm({"van": f"2021-01-0{day}"})["van"])
    assert len(woo_forms._widget_html) <= 3


@pytest.mark.skipif(connection.vendor != "postgresql", reason="one round trip: PostgreSQL")
def test_the_zaaktypen_and_the_open_requests_are_read_in_one_query(
    woo_user, django_assert_num_queries
):
    """Issue 17, speed: every search page asks both; one round trip, the same choices."""
    for nummer, day in [("W-2099-001", "2099-01-01"), ("W-2099-002", "2099-03-01")]:
        WooVerzoek.objects.create(
            nummer=nummer,
            onderwerp=f"Test, {{'{nummer}'}}",
            ontvangen_op=day,
            aangemaakt_door=woo_user,
        )
    with django_assert_num_queries(1):
        form = SearchForm({})
        zaaktypen = list(form.fields["zaaktype"].choices)
        verzoeken = [(str(value), label) for value, label in form.fields["verzoek"].choices]
    assert zaaktypen[1:] == woo_forms.zaaktype_choices()
    assert verzoeken[1:] == [
        (str(verzoek.pk), str(verzoek)) for verzoek in woo_forms.open_verzoeken()
    ]
    assert [label for _, label in verzoeken[1:]] == [
        "W-2099-002 Test, {'W-2099-002'}",
        "W-2099-001 Test, {'W-2099-001'}",
    ]
