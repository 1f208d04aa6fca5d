"""Counts read as Dutch readers write them: thousands grouped with a dot (walkthrough: the
search said "487 gesprekken met meer dan 9513 treffers")."""

import pytest
from django.template import Context, Template

from chats.wording import aantal, duur_dagen, getal
from woo import views
from woo.search import SearchOutcome


@pytest.mark.parametrize(
    ("number", "shown"),
    [(0, "0"), (999, "999"), (1000, "1.000"), (9513, "9.513"), (1234567, "1.234.567")],
)
def test_getal_groups_thousands_with_a_dot(number, shown):
    assert getal(number) == shown


def test_aantal_uses_the_grouped_number():
    assert aantal(1, "bericht", "berichten") == "1 bericht"
    assert aantal(12000, "bericht", "berichten") == "12.000 berichten"


def test_the_getal_filter_in_a_template():
    template = Template("{% load archief %}{{ n|getal }}|{{ leeg|getal }}|{{ tekst|getal }}")
    assert template.render(Context({"n": 25000, "leeg": None, "tekst": "n.v.t."})) == (
        "25.000||n.v.t."
    )


@pytest.mark.django_db
def test_the_search_summary_groups_thousands(make_user, logged_in, monkeypatch):
    outcome = SearchOutcome((), 1250, 9513, True, 1, 0, False)
    monkeypatch.setattr(views, "search", lambda *args, **kwargs: outcome)
    client = logged_in(make_user("woo", "Woo-behandelaar"))
    html = client.get("/woo/zoeken/", {"q": "subsidie"}).content.decode()
    assert "1.250 gesprekken met" in html
    assert "meer dan 9.513 treffers" in html


@pytest.mark.parametrize(
    ("days", "shown"),
    [
        (3.0, "3 dagen"),
        (1.0, "1 dag"),
        (2.46, "2,5 dagen"),
        (0.25, "6 uur"),
        (1 / 24, "1 uur"),
        (0.01, "minder dan een uur"),
        (0.0, "minder dan een uur"),
    ],
)
def test_a_duration_in_days_reads_in_hours_below_a_day(days, shown):
    """Stop 29 noticed 'mediane tijd 0 dagen' for chats archived the same day."""
    assert duur_dagen(days) == shown
