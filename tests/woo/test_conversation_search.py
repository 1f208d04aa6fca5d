"""Issue 17: search finds conversations, lists every hit, speaks Dutch, and says what it added.

Each test here failed on main (the feature or its behaviour did not exist); both databases.
"""

import re
from datetime import UTC, datetime

import pytest
from django.urls import reverse

from chats.models import Message
from tests.factories import MediaItemFactory
from woo.expansion import dictionary
from woo.models import Synoniemgroep, WooSelectie
from woo.query import parse_query
from woo.search import SearchFilters, record_hits, search

pytestmark = pytest.mark.django_db


def run(text: str, mode: str = "gesprek"):
    return search(parse_query(text), SearchFilters(), mode=mode)


def ids(outcome) -> list[int]:
    return [r.submission.pk for r in outcome.records]


def test_words_spread_over_a_conversation_find_it(make_record):
    chat = make_record(
        [
            "Morgen begint de kap.",
            "Waar ook alweer?",
            "Aan de Stationsweg, 14 bomen.",
        ]
    )
    elsewhere = make_record(["De kap van de bomen aan de Kerkstraat."])
    outcome = run("kap stationsweg")
    # The chat with both words first; one with only one of them follows, marked (fallback).
    assert ids(outcome) == [chat.pk, elsewhere.pk]
    assert [r.partial for r in outcome.records] == [False, True]
    # Per message, as before: the words never share a message.
    assert ids(run("kap stationsweg", mode="bericht")) == []


def test_a_conversation_with_the_words_in_one_message_ranks_first(make_record):
    spread = make_record(["Het zwembad gaat open.", "Dit staat los van alles.", "Meerkosten!"])
    together = make_record(["De meerkosten van het zwembad zijn bekend."])
    assert ids(run("zwembad meerkosten")) == [together.pk, spread.pk]


def test_every_hit_of_a_conversation_is_listed(make_record):
    make_record([f"Melding {n}: wateroverlast in de kelder." for n in range(8)])
    record = run("wateroverlast").records[0]
    assert record.hits == 8
    assert len(record.snippets) == 8
    assert len(record.shown) + len(record.more) == 8


def test_hits_are_every_message_with_one_of_the_words(make_record):
    make_record(
        [
            "Het zwembad De Bosbad wordt gerenoveerd.",
            "Lunch om 12 uur?",
            "De aannemer meldt meerkosten door asbest.",
        ]
    )
    record = run("zwembad meerkosten").records[0]
    assert [hit.seq for hit in record.snippets] == [1, 3]


def test_synonyms_of_the_woo_team_expand_the_query(make_record):
    Synoniemgroep.objects.create(woorden="statushouders, vergunninghouders, sth")
    chat = make_record(["De units voor sth komen aan de Ezinge."])
    outcome = run("statushouders")
    assert ids(outcome) == [chat.pk]
    assert "sth" in outcome.also


def test_a_participle_the_stemmer_misses_is_found(make_record):
    chat = make_record(["Alle 14 bomen zijn gekapt."])
    outcome = run("kappen")
    assert ids(outcome) == [chat.pk]
    assert "gekapt" in outcome.also


def test_a_compound_is_found_by_its_parts_and_a_part_by_its_compound(make_record):
    kap = make_record(["De kap van de bomen begint morgen."])
    sluiting = make_record(["De woningsluiting gaat door."])
    outcome = run("bomenkap")
    assert ids(outcome) == [kap.pk]
    assert {"kap", "bomen"} <= set(outcome.also)
    assert ids(run("sluiting")) == [sluiting.pk]
    assert "woningsluiting" in run("sluiting").also


def test_a_prefix_finds_the_longer_word(make_record):
    chat = make_record(["Het jazzfestival krijgt een vergunning."])
    assert ids(run("jazz")) == [chat.pk]


def test_an_unknown_word_is_searched_as_the_archive_spells_it(make_record):
    chat = make_record(["De subsidie voor het buurthuis is verleend."])
    outcome = run("subisidie buurthuis")
    assert ids(outcome) == [chat.pk]
    assert outcome.corrections == (("subisidie", "subsidie"),)


def test_a_correct_dutch_word_the_archive_lacks_is_not_corrected_into_another(make_record):
    # Walkthrough: "sloop" (not in the archive) was searched as "loopt" and shown as
    # "bedoelde u loopt?"; a word of the Dutch dictionary is no typo, so it finds nothing.
    if "sloop" not in dictionary():
        pytest.skip("hunspell-nl ontbreekt")
    make_record(["De vergunning loopt volgende week af."])
    outcome = run("sloop")
    assert outcome.corrections == ()
    assert ids(outcome) == []


def test_a_dutch_word_the_archive_lacks_may_stand_in_for_by_the_word_it_ends_in(make_record):
    # Set 7: "herindeling weekmarkt" found the team chat on the market's "indeling" through
    # the suggestion; refusing every suggestion for a dictionary word lost it.
    if "herindeling" not in dictionary():
        pytest.skip("hunspell-nl ontbreekt")
    chat = make_record(["De nieuwe indeling van de weekmarkt is klaar."])
    outcome = run("herindeling weekmarkt")
    assert outcome.corrections == (("herindeling", "indeling"),)
    assert ids(outcome) == [chat.pk]


def test_voice_notes_and_videos_are_counted_as_not_searched(make_record):
    chat = make_record(["Bel me even over de storm.", "Hier de opname."])
    message = Message.objects.get(submission=chat, seq=2)
    for mime in ("audio/ogg", "audio/ogg", "video/mp4"):
        MediaItemFactory(submission=chat, message=message, mime_type=mime)
    record = run("storm").records[0]
    assert record.unsearched == ("2 spraakberichten", "1 video")


def test_only_media_in_the_record_without_readable_text_are_counted_as_not_searched(make_record):
    """Left out: media set apart, images with text read from them, media of a message kept out
    of the record; a screenshot of a screenshots upload (no message) is in it."""
    chat = make_record(
        ["Bel me even over de storm.", "Hier de opname.", "Privé"], excluded_seqs=(3,)
    )
    kept, left_out = (Message.objects.get(submission=chat, seq=seq) for seq in (2, 3))
    MediaItemFactory(submission=chat, message=kept, mime_type="audio/ogg")
    MediaItemFactory(submission=chat, message=kept, mime_type="audio/ogg", flagged=True)
    MediaItemFactory(submission=chat, message=kept, mime_type="image/jpeg")
    MediaItemFactory(
        submission=chat, message=kept, mime_type="image/png", ocr_text_redacted="Tekst"
    )
    MediaItemFactory(submission=chat, message=kept, mime_type="application/pdf")
    MediaItemFactory(submission=chat, message=left_out, mime_type="video/mp4")
    # Without a message, in an upload of another kind than screenshots: not in the record.
    MediaItemFactory(submission=chat, message=None, mime_type="image/png")
    shots = make_record(["De storm op de foto's."])
    shots.upload_kind = "screenshots"
    shots.save(update_fields=["upload_kind"])
    MediaItemFactory(submission=shots, message=None, mime_type="image/png")
    unsearched = {record.submission.pk: record.unsearched for record in run("storm").records}
    assert unsearched[chat.pk] == (
        "1 spraakbericht",
        "1 afbeelding zonder leesbare tekst",
        "1 bijlage",
    )
    assert unsearched[shots.pk] == ("1 afbeelding zonder leesbare tekst",)


def test_the_search_page_says_what_it_added_and_helps(woo_client, make_record):
    Synoniemgroep.objects.create(woorden="statushouders, sth")
    make_record(["De units voor sth komen er."])
    html = woo_client.get(reverse("woo:search"), {"q": "statushouders"}).content.decode()
    assert "Ook gezocht op: sth" in html
    assert "Per gesprek" in html and "Per bericht" in html
    assert 'id="zoekhulp"' in html


def test_the_record_page_marks_every_hit(woo_client, make_record):
    chat = make_record(
        ["Storm op komst.", "Lunch?", "De storm heeft 3 bomen geveld.", "Stormschade gemeld."]
    )
    html = woo_client.get(reverse("woo:record", args=[chat.pk]), {"zoek": "storm"}).content
    html = html.decode()
    assert html.count("woo-bubble woo-hit") + html.count(' woo-hit"') >= 3
    assert html.count("<mark>") >= 3
    assert 'id="treffer-volgende"' in html and "woo/hits.js" in html
    hits = record_hits(parse_query("storm"), chat.pk)
    assert [hit.seq for hit in hits] == [1, 3, 4]


def _post_many(client, verzoek, chat, **data):
    return client.post(
        reverse("woo:verzoek_add_many", args=[verzoek.pk]),
        {"archiefstuk": chat.pk, **data},
    )


def test_add_all_hits_in_one_action(woo_client, make_record, verzoek):
    chat = make_record(["Storm!", "Lunch?", "Na de storm.", "Fijne avond."])
    response = _post_many(woo_client, verzoek, chat, soort="treffers", zoek="storm")
    assert response.status_code == 302
    seqs = sorted(WooSelectie.objects.filter(verzoek=verzoek).values_list("message_seq", flat=True))
    assert seqs == [1, 3]


def test_add_a_hit_with_its_context(woo_client, make_record, verzoek):
    chat = make_record([f"Bericht {n}" for n in range(1, 11)])
    hit = Message.objects.get(submission=chat, seq=5)
    _post_many(woo_client, verzoek, chat, soort="context", bericht=hit.pk)
    seqs = sorted(WooSelectie.objects.filter(verzoek=verzoek).values_list("message_seq", flat=True))
    assert seqs == [2, 3, 4, 5, 6, 7, 8]


def test_add_a_day(woo_client, make_record, verzoek):
    chat = make_record(
        ["Eerste dag.", "Nog de eerste dag."], start=datetime(2024, 3, 12, 9, tzinfo=UTC)
    )
    Message.objects.filter(submission=chat, seq=2).update(
        sent_at=datetime(2024, 3, 13, 9, tzinfo=UTC)
    )
    _post_many(woo_client, verzoek, chat, soort="dag", dag="2024-03-12")
    seqs = list(WooSelectie.objects.filter(verzoek=verzoek).values_list("message_seq", flat=True))
    assert seqs == [1]


def test_adding_many_needs_the_change_permission(client, make_user, make_record, verzoek):
    client.force_login(make_user("lezer", "Medewerker"))
    chat = make_record(["Storm!"])
    assert _post_many(client, verzoek, chat, soort="treffers", zoek="storm").status_code == 403
    assert not WooSelectie.objects.exists()


def test_with_few_full_matches_conversations_missing_one_word_follow(make_record):
    full = make_record(["Opvang voor Oekraïners in het kantoor.", "Brandveiligheid gecheckt."])
    partial = make_record(["Het COA vraagt opvang voor 60 Oekraïners."])
    make_record(["Iets over parkeren."])
    outcome = run("opvang oekraïners kantoor")
    assert ids(outcome) == [full.pk, partial.pk]
    assert [r.partial for r in outcome.records] == [False, True]
    # Per message nothing is relaxed.
    assert ids(run("opvang oekraïners kantoor", mode="bericht")) == [full.pk]


def test_the_synonym_list_is_edited_in_the_admin(beheerder_client):
    response = beheerder_client.post(
        reverse("admin:woo_synoniemgroep_add"), {"woorden": "MJ25, jaarmarkt 2025"}
    )
    assert response.status_code == 302
    # The admin uses the Woo page's form: the words are stored as the page stores them.
    assert Synoniemgroep.objects.filter(woorden="mj25, jaarmarkt 2025").exists()


def test_the_search_help_opens_with_a_short_list_and_keeps_the_details_behind_a_second_click(
    woo_client,
):
    # Issue 17 asks for a short help; it had grown to 900 words in one block (walk 27).
    html = woo_client.get(reverse("woo:search")).content.decode()
    short = html[html.index('class="mb-1 woo-help-short"') :]
    short = short[: short.index("</ul>")]
    words = len(re.sub(r"<[^>]+>", " ", short).split())
    assert words <= 90, words
    for essential in ("Per gesprek", "Per bericht", '"exacte zin"', "-woord", "<code>of</code>"):
        assert essential in short
    # Walk 49: "-woord sluit een woord uit" read as leaving out whole conversations, while it
    # leaves out messages (a conversation with the word is still found by its other messages).
    assert "<code>-woord</code>: berichten daarmee tellen niet" in short
    assert "<summary>Meer uitleg</summary>" in html
