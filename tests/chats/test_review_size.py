"""The review page at real sizes: paged transcript, server-side selection, no field per message."""

from html.parser import HTMLParser

import pytest
from django.urls import reverse

from chats.constants import MediaRelease, SubmissionStatus
from chats.models import Message
from tests.factories import (
    MediaItemFactory,
    SelectielijstResultaatFactory,
    ZaakFactory,
    processed_submission,
)

pytestmark = pytest.mark.django_db


def url(name, *args):
    return reverse(f"admin:chats_submission_{name}", args=args)


class FormFields(HTMLParser):
    """What a browser posts for the form with `form_id`: its own controls plus those outside it
    that name it in their `form` attribute (checked boxes only, the selected option)."""

    def __init__(self, form_id: str):
        super().__init__()
        self.form_id = form_id
        self.inside = False
        self.select: str | None = None
        self.select_first: str | None = None
        self.select_chosen = False
        self.fields: list[tuple[str, str]] = []

    def _ours(self, attrs: dict) -> bool:
        owner = attrs.get("form")
        return owner == self.form_id if owner is not None else self.inside

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside = True
        elif tag == "input" and attrs.get("name") and self._ours(attrs):
            kind = attrs.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            if kind not in ("submit", "button"):
                self.fields.append((attrs["name"], attrs.get("value", "")))
        elif tag == "select" and attrs.get("name") and self._ours(attrs):
            self.select, self.select_first, self.select_chosen = attrs["name"], None, False
        elif tag == "option" and self.select:
            value = attrs.get("value", "")
            if self.select_first is None:
                self.select_first = value
            if "selected" in attrs and not self.select_chosen:
                self.fields.append((self.select, value))
                self.select_chosen = True

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self.select:
            if not self.select_chosen and self.select_first is not None:
                self.fields.append((self.select, self.select_first))
            self.select = None


def browser_post(html: str, form_id: str, **chosen) -> dict[str, list[str]]:
    parser = FormFields(form_id)
    parser.feed(html)
    data: dict[str, list[str]] = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    for name, value in chosen.items():
        data[name] = [str(value)]
    return data


def test_a_1500_message_chat_is_archived_through_the_real_page(
    ib_client, django_capture_on_commit_callbacks
):
    submission = processed_submission(messages=1500)
    zaak = ZaakFactory(afgesloten=True)
    resultaat = SelectielijstResultaatFactory()
    html = ib_client.get(url("review", submission.pk)).content.decode()
    data = browser_post(html, "rv-archive", zaak=zaak.pk, resultaat=resultaat.pk)
    preview = ib_client.post(url("archive", submission.pk), data)
    assert preview.status_code == 200, preview.status_code  # main: 400, too many fields
    assert sum(len(values) for values in data.values()) < 20  # no field per message
    confirm = browser_post(preview.content.decode(), "rv-confirm-form")
    with django_capture_on_commit_callbacks(execute=True):
        done = ib_client.post(url("archive", submission.pk), confirm)
    assert done.status_code == 302
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.GEARCHIVEERD
    assert Message.objects.filter(submission=submission, in_record=True).count() == 1500


def test_a_2000_message_review_page_shows_one_page_and_the_count_of_all(ib_client):
    submission = processed_submission(messages=2000)  # one message a minute: two days
    Message.objects.filter(submission=submission, seq__gte=1500).update(in_record=False)
    response = ib_client.get(url("review", submission.pk))
    html = response.content.decode()
    assert len(response.content) < 200_000
    assert html.count('class="rv-pick"') == 200  # one page of the first day
    assert (
        'id="rv-selected-count">1.500</strong> van de <span id="rv-total-count">2.000</span>'
        in html
    )
    assert 'name="selected"' not in html and 'name="bericht"' not in html
    assert 'value="2024-03-12" selected' in html and 'value="2024-03-13"' in html
    assert 'id="rv-next-day"' in html and "pagina 1 van 5" in html
    last = ib_client.get(url("review", submission.pk), {"dag": "2024-03-12", "pagina": 5})
    assert 'id="m-884"' in last.content.decode()  # 09:15 + 884 min = 23:59, the day's last
    assert 'id="m-885"' not in last.content.decode()


def test_the_page_reads_a_bounded_number_of_queries(ib_client, django_assert_max_num_queries):
    small = processed_submission(messages=30)
    large = processed_submission(messages=1200)
    with django_assert_max_num_queries(30) as small_queries:
        ib_client.get(url("review", small.pk))
    with django_assert_max_num_queries(30) as large_queries:
        ib_client.get(url("review", large.pk))
    assert len(large_queries.captured_queries) == len(small_queries.captured_queries)


def test_searching_within_the_chat_shows_the_hits_and_selects_exactly_them(ib_client):
    submission = processed_submission(messages=600)
    ib_client.post(url("selection", submission.pk), {"actie": "niets"})
    html = ib_client.get(url("review", submission.pk), {"zoek": "weggehaald"}).content.decode()
    hits = Message.objects.filter(submission=submission, text__icontains="weggehaald")
    assert f"{hits.count()} berichten met ‘weggehaald’" in html
    assert html.count('class="rv-pick"') == min(hits.count(), 200)
    assert "in het gesprek bekijken" in html
    response = ib_client.post(
        url("selection", submission.pk),
        {
            "actie": "zoektreffers",
            "zoek": "weggehaald",
            "selecteren": "1",
            "terug-zoek": "weggehaald",
        },
    )
    assert response["Location"].endswith("?zoek=weggehaald#rv-selection")
    assert set(
        Message.objects.filter(submission=submission, in_record=True).values_list("pk", flat=True)
    ) == set(hits.values_list("pk", flat=True))


def test_a_day_and_a_period_are_selected_from_the_page(ib_client):
    submission = processed_submission(messages=2000)
    ib_client.post(url("selection", submission.pk), {"actie": "niets"})
    ib_client.post(
        url("selection", submission.pk),
        {"actie": "dag", "dag": "2024-03-13", "selecteren": "1", "terug-dag": "2024-03-13"},
    )
    assert Message.objects.filter(submission=submission, in_record=True).count() == 2000 - 885
    ib_client.post(url("selection", submission.pk), {"actie": "niets"})
    # "tot en met 10:00" includes the message sent at 10:00 (times show minutes).
    response = ib_client.post(
        url("selection", submission.pk),
        {"actie": "periode", "van": "2024-03-12T09:20", "tot": "2024-03-12T10:00"},
        follow=True,
    )
    assert list(
        Message.objects.filter(submission=submission, in_record=True)
        .order_by("seq")
        .values_list("seq", flat=True)
    ) == list(range(5, 46))
    assert "41 berichten geselecteerd. Nu 41 van de 2.000" in response.content.decode()


def test_a_bad_selection_gets_a_dutch_error_and_changes_nothing(ib_client, submission):
    answer = ib_client.post(
        url("selection", submission.pk),
        {"actie": "bereik", "first": "3"},
        HTTP_ACCEPT="application/json",
    )
    assert answer.status_code == 400 and "twee berichtnummers" in answer.json()["error"]
    response = ib_client.post(
        url("selection", submission.pk),
        {"actie": "periode", "van": "2024-03-13T10:00", "tot": "2024-03-12T10:00"},
        follow=True,
    )
    assert "ligt vóór het begin" in response.content.decode()
    assert Message.objects.filter(submission=submission, in_record=False).count() == 0


def test_a_redaction_toggled_on_a_later_page_returns_to_that_page(ib_client):
    from chats.models import RedactionSpan

    submission = processed_submission(messages=700)
    span = RedactionSpan.objects.filter(submission=submission, message__seq=420).first()
    # From the page (the form carries where the reviewer was) ...
    response = ib_client.post(
        url("redaction_toggle", submission.pk, span.pk),
        {"terug-dag": "2024-03-12", "terug-pagina": "3"},
    )
    assert response["Location"].endswith("?dag=2024-03-12&pagina=3#m-420")
    # ... and without that, to the page the message is on.
    response = ib_client.post(url("redaction_toggle", submission.pk, span.pk))
    assert response["Location"].endswith("?dag=2024-03-12&pagina=3#m-420")
    html = ib_client.get(response["Location"].split("#")[0]).content.decode()
    assert f'data-span="{span.pk}"' in html


def test_the_submitters_period_shows_as_pre_selected(ib_client):
    from datetime import date

    from chats.constants import SelectionSource

    submission = processed_submission(
        periode_van=date(2024, 3, 12),
        periode_tot=date(2024, 3, 12),
        selection_source=SelectionSource.PERIODE_INDIENER,
    )
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert (
        "Vooraf geselecteerd: de periode die de indiener belangrijk vond "
        "(12 maart 2024 t/m 12 maart 2024)" in html
    )
    ib_client.post(url("selection", submission.pk), {"actie": "niets"})
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert "Vooraf geselecteerd" not in html
    assert "Periode van de indiener selecteren" in html


def test_a_screenshot_record_counts_screenshots_not_messages(ib_client):
    from tests.factories import MediaItemFactory

    submission = processed_submission(messages=0, with_photo=False, upload_kind="screenshots")
    for seq in range(2):
        MediaItemFactory(submission=submission, seq=seq, message=None, ocr_text="Tekst")
    html = ib_client.get(url("review", submission.pk)).content.decode()
    assert "0 van 0" not in html
    assert 'id="rv-screenshot-count">2</strong> schermafbeeldingen in het archiefstuk' in html
    assert html.count('class="rv-msg rv-loose"') == 2
    zaak = ZaakFactory(afgesloten=True)
    preview = ib_client.post(url("archive", submission.pk), {"zaak": zaak.pk}).content.decode()
    assert "U archiveert <strong>2</strong> schermafbeeldingen" in preview
    assert "0 bericht" not in preview


def test_searching_within_the_chat_finds_words_in_an_attachments_text(ib_client):
    # A PDF's text (or a photo's) is shown under its message on the review page; a search for a
    # word only the attachment holds finds that message, and selecting the hits selects it.
    submission = processed_submission(messages=40)
    holder = Message.objects.filter(submission=submission, text="").order_by("seq").last()
    MediaItemFactory(
        submission=submission,
        seq=7,
        message=holder,
        mime_type="application/pdf",
        ocr_text="Rapport rioolputdeksel Vledderstraat, opgesteld door de buitendienst.",
        ocr_text_redacted="Rapport rioolputdeksel [ADRES], opgesteld door de buitendienst.",
    )
    ib_client.post(url("selection", submission.pk), {"actie": "niets"})
    html = ib_client.get(url("review", submission.pk), {"zoek": "RioolPut"}).content.decode()
    assert "1 bericht met ‘RioolPut’" in html
    assert f'id="m-{holder.seq}"' in html
    ib_client.post(
        url("selection", submission.pk),
        {"actie": "zoektreffers", "zoek": "rioolput", "selecteren": "1"},
    )
    assert list(
        Message.objects.filter(submission=submission, in_record=True).values_list("pk", flat=True)
    ) == [holder.pk]


@pytest.mark.parametrize("withhold", [False, True])
def test_releasing_an_attachment_on_a_later_page_returns_to_that_page(ib_client, withhold):
    # Walk of stop 30: 'Vrijgeven voor Woo' under a PDF on page 7 of a day sent the reviewer to
    # page 1, where the attachment's anchor is not.
    submission = processed_submission(messages=520)
    holder = Message.objects.get(submission=submission, seq=433)
    item = MediaItemFactory(
        submission=submission,
        seq=4,
        message=holder,
        mime_type="application/pdf",
        release=MediaRelease.GEANONIMISEERD if withhold else MediaRelease.ACHTERGEHOUDEN,
    )
    response = ib_client.post(
        url("media_release", submission.pk, item.pk), {"achterhouden": "1"} if withhold else {}
    )
    item.refresh_from_db()
    assert (item.release == MediaRelease.ACHTERGEHOUDEN) is withhold
    assert "pagina=3" in response["Location"]
    assert response["Location"].endswith(f"#b-{item.pk}")


def test_the_release_message_names_the_attachment_as_the_page_lists_it(ib_client):
    # The page lists a withheld attachment as 'Geluidsopname bij bericht #N'; the notice after
    # releasing it named it by an internal number ('Bijlage 21') shown nowhere (walk of stop 30).
    submission = processed_submission(messages=60)
    holder = Message.objects.get(submission=submission, seq=41)
    item = MediaItemFactory(
        submission=submission,
        seq=11,
        message=holder,
        mime_type="audio/ogg",
        release=MediaRelease.ACHTERGEHOUDEN,
    )
    response = ib_client.post(url("media_release", submission.pk, item.pk), follow=True)
    notices = [str(m) for m in response.context["messages"]]
    assert notices == [
        "Geluidsopname bij bericht #42 is vrijgegeven: Woo krijgt de opgeschoonde versie."
    ]
    response = ib_client.post(
        url("media_release", submission.pk, item.pk), {"achterhouden": "1"}, follow=True
    )
    notices = [str(m) for m in response.context["messages"]]
    assert notices == [
        "Geluidsopname bij bericht #42 is achtergehouden: Woo en het archiefstuk krijgen de "
        "bijlage niet."
    ]
