"""WCAG 2.1 AA: axe-core over every page state of every role; the build fails on any violating node.

One test per role: it logs in once and visits each of the role's page states (empty forms, forms
with errors, lists, detail pages, the review page in its modes, admin lists and change forms).
Each state is checked with axe-core's wcag2a, wcag2aa, wcag21a and wcag21aa rules.
"""

from datetime import date, timedelta

import pytest
from django.template.loader import render_to_string
from django.utils import timezone

from chats.constants import SubmissionStatus
from chats.models import OrganisationContact, ReviewQuestion
from tests.browser.axe import describe, run_axe
from tests.conftest import png_bytes
from tests.factories import (
    SelectielijstResultaatFactory,
    SubmissionFactory,
    WooVerzoekFactory,
    ZaakFactory,
    processed_submission,
)
from woo.besluit import beoordeling_save_record, passage_add
from woo.constants import Oordeel, ReleaseStatus
from woo.models import WooRelease
from woo.release_jobs import FAILED
from woo.services import selectie_add

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "geheim-wachtwoord-123"


class Checker:
    """Visits page states and collects axe-core's violations of each."""

    def __init__(self, page, base_url):
        self.page = page
        self.base = base_url
        self.states: list[str] = []
        self.problems: list[str] = []

    def check(self, state: str) -> None:
        self.page.wait_for_load_state()
        self.states.append(state)
        self.problems += describe(state, run_axe(self.page))

    def visit(self, state: str, path: str, expect_status: int = 200) -> None:
        response = self.page.goto(self.base + path)
        if "/accounts/login/" in self.page.url and not path.startswith("/accounts/"):
            self.problems.append(f"{state}: {path} sent to the login page")
        if response.status != expect_status:
            self.problems.append(f"{state}: {path} answered {response.status}, not {expect_status}")
        self.check(state)

    def login(self, username: str) -> None:
        self.page.goto(self.base + "/accounts/login/")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", PASSWORD)
        self.page.click("button[type=submit]")
        self.page.wait_for_load_state()

    def assert_clean(self) -> None:
        print(f"\naxe: {len(self.states)} paginatoestanden, {len(self.problems)} overtredingen")
        assert not self.problems, (
            f"{len(self.problems)} violating nodes on {len(self.states)} page states:\n"
            + "\n".join(self.problems)
        )


@pytest.fixture
def checker(browser, live_server):
    """A desktop-sized page of its own. axe-core's checks add inline styles while they measure,
    which the pages' policy blocks, so only this context bypasses the CSP; every other browser
    test (test_csp_browser.py visits each page) still fails on a violation."""
    context = browser.new_context(
        locale="nl-NL", viewport={"width": 1280, "height": 900}, bypass_csp=True
    )
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield Checker(page, live_server.url)
    context.close()


def test_anonymous_pages_pass_axe(checker, make_user):
    make_user("medewerker", "Medewerker")
    checker.visit("inlogpagina", "/accounts/login/")
    checker.page.fill("#id_username", "medewerker")
    checker.page.fill("#id_password", "fout")
    checker.page.click("button[type=submit]")
    checker.check("inlogpagina met fout")
    checker.visit("toegankelijkheidsverklaring", "/toegankelijkheid/")
    checker.visit("404", "/bestaat-niet/", expect_status=404)
    # The 500 page is plain HTML (no context, no database): checked as the server would send it.
    checker.page.set_content(render_to_string("500.html"))
    checker.check("500")
    checker.login("medewerker")
    checker.visit("403", "/woo/zoeken/", expect_status=403)
    checker.page.goto(checker.base + "/")
    checker.page.click("button:has-text('Uitloggen')")
    checker.check("uitgelogd")
    checker.assert_clean()


def test_medewerker_pages_pass_axe(checker, make_user, ios_export):
    user = make_user("medewerker", "Medewerker")
    ib = make_user("ib", "Informatiebeheer", staff=True)
    waiting = processed_submission(submitted_by=user, onderwerp="Boom Hoofdstraat")
    question = SubmissionFactory(
        submitted_by=user, status=SubmissionStatus.TERUG_NAAR_INDIENER, onderwerp="Vraag"
    )
    ReviewQuestion.objects.create(submission=question, question="Welke zaak?", asked_by=ib)
    archived = SubmissionFactory(submitted_by=user, gearchiveerd=True, onderwerp="Bewaard")
    rejected = SubmissionFactory(
        submitted_by=user, status=SubmissionStatus.AFGEWEZEN, review_note="Niet werkgerelateerd"
    )
    failed = SubmissionFactory(submitted_by=user, mislukt=True)
    busy = SubmissionFactory(
        submitted_by=user, status=SubmissionStatus.IN_VERWERKING, processed_at=None
    )

    checker.login("medewerker")
    checker.visit("startpagina", "/")
    checker.visit("intakeformulier leeg", "/bewaren/")
    checker.page.click("main form [type=submit]")
    checker.check("intakeformulier met fouten")
    checker.visit("intakeformulier opnieuw insturen", f"/bewaren/?opnieuw={rejected.pk}")
    checker.visit("mijn inzendingen", "/mijn-inzendingen/")
    for state, submission in [
        ("te beoordelen", waiting),
        ("vraag van Informatiebeheer", question),
        ("gearchiveerd", archived),
        ("afgewezen", rejected),
        ("mislukt", failed),
        ("in verwerking", busy),
    ]:
        checker.visit(f"inzending {state}", f"/mijn-inzendingen/{submission.pk}/")
    checker.visit("inzending intrekken", f"/mijn-inzendingen/{waiting.pk}/intrekken/")
    checker.visit("intrekken kan niet meer", f"/mijn-inzendingen/{archived.pk}/intrekken/")
    checker.page.goto(f"{checker.base}/mijn-inzendingen/{question.pk}/")
    checker.page.click("#antwoord button[type=submit]")
    checker.check("antwoordformulier met fout")
    checker.assert_clean()


def test_informatiebeheer_pages_pass_axe(checker, make_user):
    make_user("ib", "Informatiebeheer", staff=True)
    submission = processed_submission(onderwerp="Omgewaaide boom Hoofdstraat")
    uncertain = processed_submission(onderwerp="Onzekere datum", uncertain=True)
    long_chat = processed_submission(onderwerp="Lang gesprek", messages=140)
    archived = processed_submission(onderwerp="Gearchiveerd gesprek", gearchiveerd=True)
    failed = SubmissionFactory(mislukt=True, onderwerp="Mislukt")
    zaak = ZaakFactory(zaaknummer="Z-2024-000123", einddatum=date(2024, 3, 13))
    resultaat = SelectielijstResultaatFactory(nummer="15.1", bewaartermijn="P5Y")

    checker.login("ib")
    review = f"/admin/chats/submission/{submission.pk}/beoordelen/"
    checker.visit("beheer voorpagina", "/admin/")
    checker.visit("beoordelingswachtrij", "/admin/chats/submission/")
    checker.visit("overzicht met grafiek", "/admin/chats/submission/overzicht/")
    checker.visit("beoordelingspagina", review)
    # A message left out of the record stays readable (walk37: opacity .45 gave 2.45:1).
    checker.page.locator("#m-0 .rv-pick input").uncheck()
    checker.check("beoordelingspagina bericht niet geselecteerd")
    checker.page.locator("#m-0 .rv-pick input").check()
    checker.visit("beoordelingspagina zoeken", review + "?zoek=boom")
    checker.page.click("#rv-more summary")
    checker.check("beoordelingspagina bereik open")
    checker.page.locator("#m-0 .rv-keyboard-add").click()
    checker.check("beoordelingspagina weglakken open")
    checker.page.click("#rv-add-submit")
    checker.check("weglakken zonder selectie (fout)")
    checker.visit(
        "beoordelingspagina datumvolgorde", f"/admin/chats/submission/{uncertain.pk}/beoordelen/"
    )
    with checker.page.expect_navigation():  # submit() skips the browser's own zaak check
        checker.page.evaluate("document.getElementById('rv-archive').submit()")
    checker.page.locator("ul.messagelist li.error", has_text="datumvolgorde").wait_for()
    checker.check("archiveren vóór de datumvolgorde (fout)")
    checker.visit("lang gesprek", f"/admin/chats/submission/{long_chat.pk}/beoordelen/")
    checker.visit(
        "lang gesprek pagina 2", f"/admin/chats/submission/{long_chat.pk}/beoordelen/?pagina=2"
    )
    checker.visit(
        "gearchiveerd (alleen lezen)", f"/admin/chats/submission/{archived.pk}/beoordelen/"
    )
    checker.visit("mislukt", f"/admin/chats/submission/{failed.pk}/beoordelen/")
    checker.page.goto(checker.base + review)
    checker.page.click("#rv-archive-button")
    checker.check("archiveren zonder zaak (fouten)")
    checker.page.click("#rv-decide .select2-selection")
    checker.check("zaak-autocomplete open")
    checker.page.fill(".select2-search__field", "000123")
    checker.page.locator(".select2-results__option", has_text="Z-2024-000123").click()
    checker.page.select_option("#id_resultaat", str(resultaat.pk))
    checker.page.click("#rv-archive-button")
    checker.page.locator("#rv-confirm").wait_for()
    checker.check("archiveren bevestigen (bewaartermijn)")
    checker.visit("zaken", "/admin/zaken/zaak/")
    checker.visit("zaak wijzigen", f"/admin/zaken/zaak/{zaak.pk}/change/")
    checker.visit("zaak toevoegen", "/admin/zaken/zaak/add/")
    checker.page.click("input[name=_save]")
    checker.check("zaak toevoegen met fouten")
    checker.visit("selectielijst", "/admin/zaken/selectielijstresultaat/")
    checker.visit("bewaarplicht (Woo)", "/admin/woo/bewaarplicht/")
    checker.assert_clean()


def test_woo_pages_pass_axe(checker, make_user, make_record, make_media):
    woo = make_user("woo", "Medewerker", "Woo-behandelaar")
    zaak = ZaakFactory(zaaknummer="Z-2024-000200", startdatum=timezone.localdate())
    record = make_record(
        ["Er komen twaalf laadpalen aan de Stationsweg.", "Ik bel je straks.", "Laadpalen volgen."],
        zaak=zaak,
        onderwerp="Laadpalen Stationsweg",
    )
    verzoek = WooVerzoekFactory(nummer="WOO-2025-042", onderwerp="Laadpalen", aangemaakt_door=woo)
    WooVerzoekFactory(nummer="WOO-2025-043", onderwerp="Bomen", aangemaakt_door=woo)

    checker.login("woo")
    checker.visit("zoeken leeg", "/woo/zoeken/")
    checker.visit("zoeken met treffers", "/woo/zoeken/?q=laadpalen")
    checker.visit("zoeken zonder treffers", "/woo/zoeken/?q=xyzzy")
    checker.visit("archiefstuk met treffers", f"/woo/archiefstukken/{record.pk}/?q=laadpalen")
    checker.visit("verzoeken", "/woo/verzoeken/")
    checker.page.click("button:has-text('Aanmaken')")
    checker.check("verzoek aanmaken met fouten")
    checker.visit("verzoek", f"/woo/verzoeken/{verzoek.pk}/")
    checker.visit("zoeken voor een verzoek", f"/woo/zoeken/?q=laadpalen&verzoek={verzoek.pk}")
    checker.page.locator(".woo-add-message").first.click()
    checker.check("bericht toegevoegd")
    checker.visit("verzoek met selectie (nog te beoordelen)", f"/woo/verzoeken/{verzoek.pk}/")
    checker.page.click("#export-start")
    checker.page.wait_for_load_state()
    checker.check("export geweigerd: nog niet beoordeeld")
    checker.visit("beoordelen", f"/woo/verzoeken/{verzoek.pk}/beoordelen/{record.pk}/")
    article = checker.page.locator("article[id^=bericht-]").first
    article.get_by_label("Niet openbaar", exact=True).check()  # opens the grounds (walk 53)
    checker.check("weigeringsgronden open")
    article.locator("button:has-text('Beoordeling opslaan')").click()
    checker.page.wait_for_load_state()
    checker.check("niet openbaar zonder weigeringsgrond (fout)")
    # The release: running, made, stale, failed.
    beoordeling_save_record(
        user=woo, verzoek=verzoek, submission_id=record.pk, oordeel=Oordeel.OPENBAAR
    )
    running = WooRelease.objects.create(verzoek=verzoek, aangevraagd_door=woo)
    checker.visit("export wordt gemaakt", f"/woo/verzoeken/{verzoek.pk}/")
    running.delete()
    checker.page.click("#export-start")
    checker.page.wait_for_load_state()
    checker.check("export klaar")
    message = verzoek.selecties.get().message
    passage_add(
        user=woo,
        verzoek=verzoek,
        message_id=message.pk,
        passage=message.text_redacted.split()[0],
        grond="5.2",
    )
    checker.visit("export verouderd", f"/woo/verzoeken/{verzoek.pk}/")
    WooRelease.objects.update(status=ReleaseStatus.MISLUKT, foutmelding=FAILED)
    checker.visit("export mislukt", f"/woo/verzoeken/{verzoek.pk}/")
    # A message with a photo whose text was read (OCR): areas and passages in the image text.
    photo_record = make_record(["Zie de foto van de laadpaal."], onderwerp="Foto laadpaal")
    make_media(
        photo_record,
        photo_record.messages.get(),
        original=png_bytes(120, 80),
        derived=png_bytes(120, 80),
        ocr="Laadpaal 12 bij Deelnemer B",
        ocr_redacted="Laadpaal 12 bij [NAAM]",
    )
    selectie_add(user=woo, verzoek=verzoek, submission_id=photo_record.pk)
    checker.visit(
        "beoordelen: foto met tekst uit de afbeelding",
        f"/woo/verzoeken/{verzoek.pk}/beoordelen/{photo_record.pk}/",
    )
    checker.assert_clean()


def test_a_record_read_for_a_request_passes_axe(checker, make_user, make_record):
    """The record page with a request chosen: each hit offers its add buttons (link-styled
    buttons on the message's tinted bubble)."""
    woo = make_user("woo", "Medewerker", "Woo-behandelaar")
    record = make_record(
        ["Er komen twaalf laadpalen aan de Stationsweg.", "Ik bel je straks.", "Laadpalen volgen."],
        onderwerp="Laadpalen Stationsweg",
    )
    verzoek = WooVerzoekFactory(nummer="WOO-2025-042", onderwerp="Laadpalen", aangemaakt_door=woo)
    checker.login("woo")
    checker.visit(
        "archiefstuk met treffers voor een verzoek",
        f"/woo/archiefstukken/{record.pk}/?zoek=laadpalen&verzoek={verzoek.pk}",
    )
    assert checker.page.locator(".woo-add-message").count() == 3
    checker.assert_clean()


def test_beheerder_pages_pass_axe(checker, make_user):
    beheerder = make_user("bea", "Beheerder", staff=True)
    other = make_user("jan", "Medewerker")
    other.last_login = timezone.now() - timedelta(days=1)
    other.save()
    # A row, so the list's editable "In gebruik" checkbox is checked too (walk 28).
    OrganisationContact.objects.get_or_create(kind="email", value="wmo@meppel.nl")
    checker.login("bea")
    checker.visit("beheer voorpagina", "/admin/")
    checker.visit("gebruikers", "/admin/auth/user/")
    checker.visit("gebruiker wijzigen", f"/admin/auth/user/{other.pk}/change/")
    checker.visit("eigen account", f"/admin/auth/user/{beheerder.pk}/change/")
    checker.visit("gebruiker toevoegen", "/admin/auth/user/add/")
    checker.visit("groepen", "/admin/auth/group/")
    checker.visit("synoniemen", "/admin/woo/synoniemgroep/")
    checker.visit("synoniem toevoegen", "/admin/woo/synoniemgroep/add/")
    checker.visit("woo-verzoeken (beheer)", "/admin/woo/wooverzoek/")
    checker.visit("auditlog", "/admin/audit/auditevent/")
    checker.visit("contactpersonen", "/admin/chats/organisationcontact/")
    # Its form explains what an entry does and asks to confirm a 06 number (walk of beheer45).
    checker.visit("contactgegeven toevoegen", "/admin/chats/organisationcontact/add/")
    checker.visit("wachtwoord wijzigen", "/admin/password_change/")
    checker.assert_clean()


def test_the_review_pages_in_the_dark_theme_pass_axe(browser, live_server, make_user):
    """The admin follows the system's dark theme; the review pages must pass there too."""
    make_user("ib", "Informatiebeheer", staff=True)
    submission = processed_submission()
    context = browser.new_context(
        locale="nl-NL",
        viewport={"width": 1280, "height": 900},
        bypass_csp=True,
        color_scheme="dark",
    )
    checker = Checker(context.new_page(), live_server.url)
    try:
        checker.login("ib")
        checker.visit("donker: beheer voorpagina", "/admin/")
        checker.visit("donker: beoordelingswachtrij", "/admin/chats/submission/")
        checker.visit(
            "donker: beoordelingspagina", f"/admin/chats/submission/{submission.pk}/beoordelen/"
        )
        checker.page.locator("#m-0 .rv-pick input").uncheck()
        checker.check("donker: bericht niet geselecteerd")
        checker.visit("donker: overzicht", "/admin/chats/submission/overzicht/")
        checker.visit("donker: startpagina", "/")
        checker.assert_clean()
    finally:
        context.close()


def test_the_two_factor_pages_pass_axe(checker, make_user, settings):
    """Enrolment (QR code and key) and the code step, empty and after a wrong code."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    settings.ARCHIEF_2FA_REQUIRED = True
    make_user("ib", "Informatiebeheer", staff=True)
    woo = make_user("woo", "Medewerker", "Woo-behandelaar")
    TOTPDevice.objects.create(user=woo, name="telefoon", confirmed=True)

    checker.login("ib")
    checker.page.wait_for_url("**/accounts/tweestaps/instellen/**")
    checker.check("tweestapsverificatie instellen")
    checker.page.fill("input[name=code]", "000000")
    checker.page.click("main button[type=submit]")
    checker.check("tweestapsverificatie instellen met fout")
    checker.page.click("button:has-text('Uitloggen')")

    checker.login("woo")
    checker.page.wait_for_url("**/accounts/tweestaps/**")
    checker.check("code van de tweede stap")
    checker.page.fill("input[name=code]", "000000")
    checker.page.click("main button[type=submit]")
    checker.check("code van de tweede stap met fout")
    checker.assert_clean()
