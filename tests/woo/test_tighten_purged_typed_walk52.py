"""Browser walk 52, D5: a word blacked out in a purged record's onderwerp ("Onderwerp
weglakken…") was not offered where else the record still holds it: it stayed readable in the
messages, in a screenshot's text and image and in the record's PDF, and Woo search found it.
The README promises that a redaction made by hand offers the same word "wherever else it is
still readable, also in the text of photos, screenshots and PDFs". Now a blackout in a typed
text (onderwerp, omschrijving, the zaak's description) offers "Daar ook weglakken" under that
text, as a blackout in a message's redacted text does, and it reaches messages, attachments'
text and screenshots (painted where the word's place is kept).
"""

import re

import pytest

from chats.constants import MediaRelease
from tests.woo.test_tighten_purged import (  # noqa: F401 - fixtures and helpers
    _found,
    _pdf_text,
    _remade,
    own_store,
    queued,
    woo_client,
)
from tests.woo.test_tighten_purged_typed import (  # noqa: F401 - fixture and helpers
    _black_out,
    typed,
)

pytestmark = pytest.mark.django_db

WORD = "Kooistra"  # in the onderwerp, the omschrijving and both messages of `typed`


def _offer_fields(html: str) -> dict[str, str]:
    form = re.search(r'<form method="post" action="([^"]+)" class="rv-alike".*?</form>', html, re.S)
    assert form, "no offer to black it out there too"
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', form.group(0)))
    fields.pop("csrfmiddlewaretoken", None)
    return {"url": form.group(1), **fields}


def test_a_word_blacked_out_in_the_onderwerp_is_offered_where_else_it_stands(
    typed,  # noqa: F811 - the fixtures imported above
    make_media,
    ib_client,
    woo_client,  # noqa: F811
    queued,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    from tests.conftest import png_bytes

    shot = make_media(
        typed,
        None,
        original=png_bytes(200, 60),
        derived=png_bytes(200, 60),
        ocr_redacted=f"Brief aan mevrouw {WORD}, Tuinstraat",
    )
    assert shot.release == MediaRelease.GEANONIMISEERD  # served to Woo
    with django_capture_on_commit_callbacks(execute=True):
        page = _black_out(ib_client, typed, "onderwerp", WORD).content.decode()
    # Under the onderwerp, as under a message whose passage was blacked out.
    # (walk 53: and in the omschrijving, which holds it too)
    offer_at = page.index(
        "‘Kooistra’ is op nog 3 andere plekken in dit gesprek en in de omschrijving niet weggelakt"
    )
    assert page.index('id="rv-typed-onderwerp"') < offer_at < page.index("rv-typed-omschrijving")
    assert "Daar ook weglakken als [NAAM]" in page

    fields = _offer_fields(page)
    with django_capture_on_commit_callbacks(execute=True):
        response = ib_client.post(fields.pop("url"), fields, follow=True)
    assert "Op 4 andere plekken ook weggelakt." in response.content.decode()
    assert response.redirect_chain[-1][0].endswith("#rv-typed-onderwerp")  # back where it was
    assert all(WORD not in m.text_redacted for m in typed.messages.all())
    shot.refresh_from_db()
    assert WORD not in shot.ocr_text_redacted
    # Its picture still shows the word (no places kept): withheld, not served to Woo.
    assert shot.release == MediaRelease.ACHTERGEHOUDEN
    _remade(typed)
    assert WORD not in _pdf_text(typed)
    assert not _found(woo_client, typed, WORD)


def test_no_offer_when_the_word_stands_nowhere_else(typed, ib_client):  # noqa: F811
    # The zaak's description holds 'Tuinstraat' too (offered there since walk 53): gone first.
    _black_out(ib_client, typed, "zaak", "Tuinstraat", label="ADDRESS")
    page = _black_out(ib_client, typed, "onderwerp", "Tuinstraat", label="ADDRESS")
    assert "Daar ook weglakken" not in page.content.decode()
