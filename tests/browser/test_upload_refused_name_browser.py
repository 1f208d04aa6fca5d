"""A refused file whose name carries a bidi override (U+202E) or control characters: the note
the page builds in JavaScript ("... is eruit gehaald") shows the name as the server does, the
unsafe characters escaped as <U+XXXX>, so the name cannot reverse or break the Dutch sentence
around it (walk 52, D2)."""

import pytest

from tests.conftest import png_bytes

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# As the hostile corpus's screenshot_<U+202E>gnp.exe: a real PNG under a name that a browser
# shows as "screenshot_exe.png".
HOSTILE_NAME = "screenshot_\u202egnp.exe"


def _fill_the_form(page):
    page.check("input[name=upload_kind][value=screenshots]")
    page.fill("#id_onderwerp", "Losliggende stoeptegel")
    page.fill("#id_omschrijving", "Schermafbeeldingen van de melding.")
    page.select_option("#id_gesprekspartner", "collega")
    page.select_option("#id_afdeling", "openbare_ruimte")
    page.check("#id_vraag_werkproces")
    page.select_option("#id_elders_vastgelegd", "nee")
    page.check("#id_bevestiging_verwijderen")


def _refused_note(page, live_server, login, files):
    login("medewerker")
    page.goto(f"{live_server.url}/bewaren/")
    _fill_the_form(page)
    page.set_input_files("input[name=files]", files)
    page.click("input[type=submit]")
    summary = page.locator("#foutoverzicht")
    summary.wait_for()
    return summary.locator("[data-summary-extra]").inner_text()


def test_a_bidi_override_in_a_refused_name_is_escaped(
    page, live_server, login, medewerker, tmp_path
):
    hostile = tmp_path / HOSTILE_NAME
    hostile.write_bytes(png_bytes())
    shot = tmp_path / "Screenshot_20240312.png"
    shot.write_bytes(png_bytes())
    note = _refused_note(page, live_server, login, [str(hostile), str(shot)])
    assert "\u202e" not in note
    assert "‘screenshot_<U+202E>gnp.exe’ is eruit gehaald" in note
    names = page.evaluate(
        "Array.from(document.querySelector('#id_files').files).map(function (f) { return f.name; })"
    )
    assert names == [shot.name]


def test_control_and_format_characters_in_a_refused_name_are_escaped(
    page, live_server, login, medewerker, tmp_path
):
    # Characters the server's display_name escapes (control, format, unassigned); zero-width
    # joiners inside emoji sequences are left alone, as on the server.
    from chats.intake.names import display_name

    name = "notities\u2066\u200b\u0378\U0001f469\u200d\U0001f692.docx"
    document = tmp_path / name
    document.write_bytes(b"PK\x03\x04 geen chat")
    shot = tmp_path / "Screenshot_20240312.png"
    shot.write_bytes(png_bytes())
    note = _refused_note(page, live_server, login, [str(shot), str(document)])
    assert f"‘{display_name(name)}’ is eruit gehaald" in note
    assert "<U+2066><U+200B><U+0378>" in display_name(name)
