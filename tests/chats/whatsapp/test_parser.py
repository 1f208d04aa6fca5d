"""The hard cases of issue 3, one behaviour per test."""

from __future__ import annotations

from datetime import datetime

import pytest

from chats.whatsapp import WhatsAppParseError, iter_chat_file, parse_chat_file

LRM, LRE, PDF, NBSP, NNBSP, BOM = "\u200e", "\u202a", "\u202c", "\u00a0", "\u202f", "\ufeff"


# --- invisible marks ------------------------------------------------------------------------


def test_phone_number_author_loses_its_marks_and_no_break_spaces(parse_text):
    chat = parse_text(
        f"[12-03-2023 14:07:15] {LRE}+31{NBSP}6{NBSP}12345678{PDF}: Dank je.",
        "[13-03-2023 09:00:00] Jan: Goedemorgen",
    )

    assert chat.messages[0].author == "+31 6 12345678"
    assert chat.participants[0].name == "+31 6 12345678"


def test_invisible_marks_are_removed_from_text_but_the_words_stay(parse_text):
    chat = parse_text(
        f"[13-03-2023 09:00:00] Jan: Bel {LRE}+31 6 1234{PDF} of mail{LRM} Fatima {BOM}",
    )

    assert chat.messages[0].text == "Bel +31 6 1234 of mail Fatima"


def test_header_preceded_by_marks_and_a_bom_inside_the_bracket_is_still_a_header(parse_text):
    chat = parse_text(
        f"{BOM}[{BOM}29.01.18, 12:24:03] Dave: Test",
        f"{LRM}{BOM}[30.01.18, 00:02:03] Bob: {LRM}{LRM}Alles klar",
    )

    assert [(m.author, m.text) for m in chat.messages] == [("Dave", "Test"), ("Bob", "Alles klar")]


@pytest.mark.parametrize("space", [" ", NBSP, NNBSP, ""])
def test_twelve_hour_time_with_any_space_before_the_day_part(parse_text, space):
    chat = parse_text(f"3/13/23, 2:05{space}PM - Jan: Hoi")

    assert chat.messages[0].sent_at == datetime(2023, 3, 13, 14, 5)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("12:00 AM", datetime(2023, 3, 13, 0, 0)),
        ("12:59 AM", datetime(2023, 3, 13, 0, 59)),
        ("12:00 PM", datetime(2023, 3, 13, 12, 0)),
        ("12:30 PM", datetime(2023, 3, 13, 12, 30)),
        ("1:15 AM", datetime(2023, 3, 13, 1, 15)),
        ("11:59 PM", datetime(2023, 3, 13, 23, 59)),
        ("23:59 PM", datetime(2023, 3, 13, 23, 59)),  # hand-edited export: already 24-hour
        ("00:04 AM", datetime(2023, 3, 13, 0, 4)),
    ],
)
def test_twelve_hour_edge_cases(parse_text, stamp, expected):
    chat = parse_text(f"3/13/23, {stamp} - Jan: Hoi")

    assert chat.messages[0].sent_at == expected


@pytest.mark.parametrize(
    "line",
    [
        f"[3/13/23, 2:05:33{NNBSP}PM] Jan: Hoi",
        "13/03/2023, 2:05 pm - Jan: Hoi",
        f"13/03/2023, 2:05{NNBSP}pm - Jan: Hoi",
        "13/03/2023 2:05 p. m. - Jan: Hoi",
        f"13/03/2023 2:05 p.{NBSP}m. - Jan: Hoi",
        "13/03/2023, 2:05 p.m. - Jan: Hoi",
        "[13/03/2023 2:05:33 p. m.] Jan: Hoi",
    ],
)
def test_day_part_notations_all_read_as_afternoon(parse_text, line):
    chat = parse_text(line)

    assert chat.messages[0].sent_at.hour == 14
    assert chat.format.clock == "12h"


def test_time_without_seconds_gets_zero_seconds(parse_text):
    chat = parse_text("12-03-2023 14:05 - Jan: Hoi")

    assert chat.messages[0].sent_at == datetime(2023, 3, 12, 14, 5, 0)
    assert chat.format.seconds is False


# --- multi-line bodies --------------------------------------------------------------------


def test_multi_line_body_keeps_blank_lines(parse_text):
    chat = parse_text(
        "12-03-2023 14:09 - Jan: Top. Kun je het adres sturen?",
        "Graag met huisnummer.",
        "",
        "En de datum.",
        "12-03-2023 14:10 - Piet: Hoofdstraat 1",
    )

    assert (
        chat.messages[0].text
        == "Top. Kun je het adres sturen?\nGraag met huisnummer.\n\nEn de datum."
    )
    assert chat.messages[1].line_no == 5


def test_body_lines_that_look_like_headers_of_another_layout_stay_in_the_body(parse_text):
    chat = parse_text(
        "02-05-2022 16:15 - Bob: [5/2, 16:08] Alice: Hoi, ik heb de chat gemaakt",
        "[5/2, 16:09] Alice: De taal is ingesteld op: Nederlands",
        "2023-03-10 08:15:00 gemeld via het formulier",
        "[02-05-2022 16:08:13] Dave: iOS-kop in een Android-chat",
        "02-05-2022 16:16 - Alice: Haha",
    )

    assert len(chat.messages) == 2
    assert chat.messages[0].text.count("\n") == 3
    assert chat.messages[1].author == "Alice"


def test_trailing_whitespace_and_blank_lines_are_stripped(parse_text):
    chat = parse_text("12-03-2023 14:09 - Jan: Hoi   ", "", "", "12-03-2023 14:10 - Jan: Ja")

    assert chat.messages[0].text == "Hoi"


# --- system notices -------------------------------------------------------------------------


def test_android_notice_without_author_is_system(parse_text):
    chat = parse_text(
        "12-03-2023 14:05 - Berichten en oproepen worden end-to-end versleuteld.",
        f"12-03-2023 14:05 - {LRM}Jan de Vries heeft u toegevoegd",
        "12-03-2023 14:06 - Jan de Vries: Welkom",
    )

    assert [(m.kind, m.author) for m in chat.messages] == [
        ("system", None),
        ("system", None),
        ("text", "Jan de Vries"),
    ]
    assert chat.messages[1].text == "Jan de Vries heeft u toegevoegd"


def test_notice_whose_text_contains_colon_space_has_no_author(parse_text):
    chat = parse_text(
        f'13-03-2023 09:01 - {LRM}Jan de Vries heeft het onderwerp gewijzigd naar "Melding: Hoofdstraat"',
        "13-03-2023 09:02 - Jan de Vries: Zo beter",
    )

    notice = chat.messages[0]
    assert (notice.kind, notice.author) == ("system", None)
    assert notice.text.endswith('"Melding: Hoofdstraat"')
    assert [p.name for p in chat.participants] == ["Jan de Vries"]


def test_ios_notices_written_as_group_name_colon_notice_have_no_author(parse_text):
    chat = parse_text(
        f"[12-03-2023 14:05:33] Team Wijkzaken: {LRM}Berichten en gesprekken worden end-to-end "
        "versleuteld. Niemand buiten deze chat kan ze lezen of beluisteren, zelfs WhatsApp niet.",
        f"[12-03-2023 14:05:40] Team Wijkzaken: {LRM}Jan de Vries heeft u toegevoegd",
        f"[12-03-2023 14:05:41] Team Wijkzaken: {LRM}Marieke heeft het onderwerp gewijzigd naar "
        "“Buurt: Oost”",
        "[12-03-2023 14:06:02] Jan de Vries: Goedemiddag",
    )

    assert [(m.kind, m.author, m.attributed_to) for m in chat.messages] == [
        ("system", None, "Team Wijkzaken"),
        ("system", None, "Team Wijkzaken"),
        ("system", None, "Team Wijkzaken"),
        ("text", "Jan de Vries", None),
    ]
    assert [p.name for p in chat.participants] == ["Jan de Vries"]


def test_named_notices_without_marks_are_recognised_from_the_group_name(parse_text):
    # Newer iOS exports (Pustur#258): the group name or the actor before every notice.
    chat = parse_text(
        "[14.08.2024, 21:00:10] My Group: Messages and calls are end-to-end encrypted. "
        "No one outside of this chat, not even WhatsApp, can read or listen to them.",
        "[14.08.2024, 21:00:10] Boris: Boris created group “My Group”",
        "[14.08.2024, 21:00:11] My Group: Boris added you",
        "[14.08.2024, 21:01:57] My Group: You're now an admin",
        "[14.08.2024, 21:02:00] Boris: Boris added you to the list, welcome",
    )

    assert [m.kind for m in chat.messages] == ["system"] * 4 + ["text"]
    assert chat.messages[4].author == "Boris"


def test_a_person_writing_a_notice_like_sentence_stays_the_author(parse_text):
    chat = parse_text(
        "[14.08.2024, 21:00:10] Anna: Piet heeft de groep verlaten",
        "[14.08.2024, 21:00:11] Anna: Jan added you",
    )

    assert [(m.kind, m.author) for m in chat.messages] == [("text", "Anna"), ("text", "Anna")]


# --- attachments ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "attachment", "caption", "title"),
    [
        (
            f"{LRM}<bijgevoegd: 00000012-PHOTO-2023-03-12-14-07-48.jpg>",
            "00000012-PHOTO-2023-03-12-14-07-48.jpg",
            "",
            None,
        ),
        (
            f"{LRM}<attached: 00000035-PHOTO-2022-03-27-21-41-55.jpg>",
            "00000035-PHOTO-2022-03-27-21-41-55.jpg",
            "",
            None,
        ),
        (f"{LRM}<Anhang: {LRM}PTT-20180129-WA0025.opus>", "PTT-20180129-WA0025.opus", "", None),
        (
            "< attached: 00000042-PHOTO-2020-06-07-15-13-20.jpg >",
            "00000042-PHOTO-2020-06-07-15-13-20.jpg",
            "",
            None,
        ),
        (
            f"Manifest.pdf • {LRM}116 pagina's {LRM}<bijgevoegd: 00000017-Manifest.pdf>",
            "00000017-Manifest.pdf",
            "",
            "Manifest.pdf",
        ),
        (
            f"Some file.txt {LRM}<attached: 00000046-Some file.txt>",
            "00000046-Some file.txt",
            "",
            "Some file.txt",
        ),
        (
            f"2015-08-04-PHOTO-00004762.jpg <{LRM}attached>",
            "2015-08-04-PHOTO-00004762.jpg",
            "",
            None,
        ),
        (
            f"{LRM}IMG-20230312-WA0001.jpg (bestand bijgevoegd)\nFoto van de stoeptegels",
            "IMG-20230312-WA0001.jpg",
            "Foto van de stoeptegels",
            None,
        ),
        ("IMG-20210428-WA0001.jpg (file attached)", "IMG-20210428-WA0001.jpg", "", None),
        (
            f"{LRM}4f2680f1db95a8454775cc2eefc95bfc.jpg (Datei angehängt)\nDir auch frohe Ostern.",
            "4f2680f1db95a8454775cc2eefc95bfc.jpg",
            "Dir auch frohe Ostern.",
            None,
        ),
        (
            f"{LRM}DOC-20230312-WA0003.pdf (bestand bijgevoegd)\nRapport wijkschouw.pdf",
            "DOC-20230312-WA0003.pdf",
            "Rapport wijkschouw.pdf",
            None,
        ),
        (
            "Scan van de brief 12 mei.pdf (bestand bijgevoegd)",
            "Scan van de brief 12 mei.pdf",
            "",
            None,
        ),
    ],
)
def test_attachment_notations_give_the_file_name_and_caption(
    parse_text, body, attachment, caption, title
):
    chat = parse_text(f"[12-03-2023 14:07:48] Piet: {body}", "[12-03-2023 14:08:00] Jan: Dank")

    message = chat.messages[0]
    assert (message.kind, message.attachments, message.text) == ("media", (attachment,), caption)
    assert message.document_title == title
    assert message.media_omitted is False


@pytest.mark.parametrize(
    ("body", "caption"),
    [
        ("<Media weggelaten>", ""),
        (
            "<Media weggelaten>\nFoto van de losliggende stoeptegels",
            "Foto van de losliggende stoeptegels",
        ),
        ("<Media omitted>", ""),
        ("<Medien ausgeschlossen>", ""),
        (f"{LRM}image omitted", ""),
        (f"{LRM}afbeelding weggelaten", ""),
        (f"{LRM}Bild weggelassen", ""),
        (f"Some file.txt {LRM}document omitted", ""),
        (f"{LRM}Kontaktkarte ausgelassen", ""),
    ],
)
def test_omitted_media_is_media_without_attachments(parse_text, body, caption):
    chat = parse_text(f"12-03-2023 14:07 - Piet: {body}", "12-03-2023 14:08 - Jan: Dank")

    message = chat.messages[0]
    assert (message.kind, message.attachments, message.text) == ("media", (), caption)
    assert message.media_omitted is True


def test_attachments_are_linked_to_the_uploaded_files(parse_text):
    chat = parse_text(
        f"[12-03-2023 14:07:48] Piet: {LRM}<bijgevoegd: 00000012-PHOTO-2023-03-12-14-07-48.jpg>",
        f"[12-03-2023 14:07:49] Piet: {LRM}<bijgevoegd: 00000013-PHOTO-2023-03-12-14-07-49.jpg>",
        "[12-03-2023 14:08:00] Piet: DOC-20220502-WA0006. (bestand bijgevoegd)",
        f"[12-03-2023 14:09:00] Piet: {LRM}<bijgevoegd: ../../../etc/passwd>",
        media_names=["00000012-PHOTO-2023-03-12-14-07-48.jpg", "DOC-20220502-WA0006.pdf"],
    )

    assert [m.linked_files for m in chat.messages] == [
        ("00000012-PHOTO-2023-03-12-14-07-48.jpg",),
        (None,),
        ("DOC-20220502-WA0006.pdf",),
        (None,),
    ]
    [unsafe] = [w for w in chat.warnings if w.code == "unsafe_attachment_name"]
    assert unsafe.line_no == 4
    # Walk 28: shown as a point of attention without its line, "in deze regel" pointed nowhere.
    assert "deze regel" not in unsafe.message and "bestandsnaam" in unsafe.message


def test_media_type_and_contact_cards(parse_text):
    chat = parse_text(
        f"[12-03-2023 14:07:48] Piet: {LRM}<bijgevoegd: 00000017-AUDIO-2023-03-12-14-17-10.opus>",
        f"[12-03-2023 14:07:49] Piet: {LRM}<bijgevoegd: 00000013-Sanne Voorbeeld.vcf>",
        f"[12-03-2023 14:07:50] Piet: {LRM}Contact card omitted",
    )

    assert [(m.media_type, m.subtype) for m in chat.messages] == [
        ("audio", None),
        ("contact", "contact"),
        ("contact", None),
    ]


# --- deleted, edited, special messages -----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Dit bericht is verwijderd",
        f"{LRM}Dit bericht is verwijderd.",
        f"{LRM}U hebt dit bericht verwijderd.",
        "Je hebt dit bericht verwijderd",
        "This message was deleted",
        f"{LRM}You deleted this message.",
        f"{LRM}Diese Nachricht wurde gelöscht.",
        "Du hast diese Nachricht gelöscht.",
        "This message was deleted by admin Jan de Vries.",
    ],
)
def test_deleted_messages_keep_the_author_and_have_empty_text(parse_text, body):
    # Piet's first message and a message in the middle take different paths through the scan.
    chat = parse_text(
        "12-03-2023 14:10 - Piet: hoi",
        f"12-03-2023 14:11 - Piet: {body}",
        "12-03-2023 14:12 - Jan: ok",
    )

    deleted = chat.messages[1]
    assert (deleted.kind, deleted.author, deleted.text) == ("deleted", "Piet", "")


@pytest.mark.parametrize(
    "marker",
    [
        "<This message was edited>",
        "<Dit bericht is bewerkt>",
        f"{LRM}<Diese Nachricht wurde bearbeitet>",
    ],
)
def test_edit_marker_is_removed_and_flagged(parse_text, marker):
    chat = parse_text(
        "[12-03-2023 14:10:00] Piet: hoi",
        f"[12-03-2023 14:11:00] Piet: Om 15:00 in plaats van 14:00 {marker}",
        "[12-03-2023 14:12:00] Jan: ok",
    )

    edited = chat.messages[1]
    assert (edited.kind, edited.text, edited.edited) == (
        "text",
        "Om 15:00 in plaats van 14:00",
        True,
    )


def test_locations_polls_and_missed_calls_are_text_with_a_subtype(parse_text):
    chat = parse_text(
        "12-03-2023 14:20 - Jan: locatie: https://maps.google.com/?q=52.6956,6.1944",
        f"12-03-2023 14:20 - Jan: {LRM}Locatie: https://maps.google.com/?q=52.6956,6.1944",
        "12-03-2023 14:21 - Jan: live location shared",
        "12-03-2023 14:22 - Jan: POLL:\nWanneer overleggen?\nOPTION: dinsdag (2 votes)",
        "12-03-2023 14:23 - Jan: Gemiste spraakoproep",
    )

    assert [(m.kind, m.subtype, m.author) for m in chat.messages] == [
        ("text", "location", "Jan"),
        ("text", "location", "Jan"),
        ("text", "live_location", "Jan"),
        ("text", "poll", "Jan"),
        ("text", "missed_call", "Jan"),
    ]


def test_empty_body_after_author_colon_is_an_empty_message(parse_text):
    chat = parse_text("[29.01.18, 23:59:04] Carol:", "[30.01.18, 00:00:03] Alice: Hoi")

    assert (chat.messages[0].author, chat.messages[0].text) == ("Carol", "")


def test_author_names_may_contain_colons(parse_text):
    chat = parse_text("12-03-2023 14:20 - Mama :): Eten is klaar", "12-03-2023 14:21 - Jan: Kom")

    assert (chat.messages[0].author, chat.messages[0].text) == ("Mama :)", "Eten is klaar")


# --- order and dates ------------------------------------------------------------------------


def test_out_of_order_timestamps_stay_in_file_order(parse_text):
    chat = parse_text(
        "[02-05-2022 16:20:02] Dave: Vliegtuigstand aan",
        "[02-05-2022 16:24:29] Dave: Bericht in vliegtuigstand",
        "[02-05-2022 16:20:12] Coen: Ik ook",
    )

    assert [m.seq for m in chat.messages] == [0, 1, 2]
    assert [m.sent_at.minute for m in chat.messages] == [20, 24, 20]


def test_an_impossible_date_on_a_header_like_line_keeps_it_in_the_previous_message(parse_text):
    chat = parse_text(
        "31-01-2023 10:00 - Jan: Hoi", "31-02-2023 10:01 - Jan: Kan niet"
    )  # day 31: DMY

    assert len(chat.messages) == 1
    assert chat.messages[0].text.endswith("31-02-2023 10:01 - Jan: Kan niet")
    assert [w.code for w in chat.warnings] == ["invalid_date"]
    assert chat.warnings[0].line_no == 2


def test_lines_before_the_first_header_are_reported_with_line_numbers(parse_text):
    chat = parse_text(
        "13-03-2023 14:05 - Jan: eerste",
    )
    assert chat.warnings == ()

    chat = parse_text("Export van Jan", "13-03-2023 14:05 - Jan: a", "13-03-2023 14:06 - Jan: b")
    assert [(w.line_no, w.code) for w in chat.warnings] == [(1, "unplaced_line")]
    assert [m.line_no for m in chat.messages] == [2, 3]


# --- whole-file behaviour -------------------------------------------------------------------


def test_participants_are_in_order_of_first_appearance_with_counts(parse_text):
    chat = parse_text(
        "12-03-2023 14:05 - Jan de Vries heeft de groep Team gemaakt",
        "12-03-2023 14:06 - Piet: a",
        "12-03-2023 14:07 - Jan: b",
        "12-03-2023 14:08 - Piet: c",
        "12-03-2023 14:09 - Piet: Dit bericht is verwijderd",
    )

    assert [(p.name, p.message_count, p.first_seq) for p in chat.participants] == [
        ("Piet", 3, 1),
        ("Jan", 1, 2),
    ]


def test_streaming_returns_the_format_first_and_counts_while_reading(chat_file):
    path = chat_file("12-03-2023 14:05 - Jan: a\n13-03-2023 14:06 - Piet: b\n")

    fmt, stream = iter_chat_file(path)
    assert (fmt.os, fmt.date_order, fmt.date_order_confident) == ("android", "DMY", True)
    first = next(stream)
    assert first.author == "Jan"
    assert [p.name for p in stream.participants] == ["Jan"]
    rest = list(stream)
    assert [m.author for m in rest] == ["Piet"]
    assert [p.name for p in stream.participants] == ["Jan", "Piet"]


def test_messages_are_frozen(parse_text):
    chat = parse_text("12-03-2023 14:05 - Jan: a")

    with pytest.raises(AttributeError):
        chat.messages[0].text = "b"  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n\n  \n",
        "naam,functie,telefoon\nJan Testpersoon,handhaver,+31 6 12345678\n",
        "Beste Jan,\n\nHierbij de notulen van 12-03-2023.\nGroet, Piet\n",
        "2023-01-01 10:00:00 INFO server started\n2023-01-01 10:00:01 INFO ready\n",
    ],
)
def test_input_that_is_not_a_chat_raises_a_dutch_error(chat_file, text):
    with pytest.raises(WhatsAppParseError) as info:
        parse_chat_file(chat_file(text))

    assert "WhatsApp" in info.value.message or "leeg" in info.value.message


def test_a_body_line_in_another_header_layout_stays_in_the_message_with_a_warning(parse_text):
    chat = parse_text(
        "13-03-2023 10:00 - Jan: a",
        "[13/03/2023, 10:05:00] Piet: andere notatie, twee exports aan elkaar geplakt",
        "13-03-2023 10:06 - Jan: c",
    )

    assert len(chat.messages) == 2
    assert "Piet: andere notatie" in chat.messages[0].text
    assert [(w.line_no, w.code) for w in chat.warnings] == [(2, "foreign_header")]


def test_leading_spaces_are_kept_and_trailing_ones_dropped_on_every_path(parse_text):
    chat = parse_text(
        "12-03-2023 14:20 - Jan:   ingesprongen  ",
        f"12-03-2023 14:21 - Jan:   ingesprongen {LRM}<This message was edited>",
        f"12-03-2023 14:22 - Jan: {LRM}  met markering ",
    )

    assert [m.text for m in chat.messages] == [
        "  ingesprongen",
        "  ingesprongen",
        "  met markering",
    ]
    assert [m.edited for m in chat.messages] == [False, True, False]


@pytest.mark.parametrize(
    "body",
    [
        "Gewoon een bericht",
        "Gewoon een bericht met emoji 😊 en é",
        f"Bel {LRE}+31 6 1234{PDF} even",
        "Twee\nregels",
        "Agenda: 1) foto's 2) adres",
        f"{LRM}<bijgevoegd: 00000012-PHOTO-2023-03-12-14-07-48.jpg>",
        "IMG-20230312-WA0001.jpg (bestand bijgevoegd)\nbijschrift",
        "<Media weggelaten>",
        "<Media weggelaten>\nFoto van de stoeptegels",
        "image omitted",
        "Dit bericht is verwijderd",
        "This message was deleted by admin Jan",
        "Top <This message was edited>",
        "locatie: https://maps.google.com/?q=52.6,6.1",
        "Gemiste spraakoproep",
        "POLL:\nWanneer?",
        "Piet heeft de groep verlaten",
        "",
    ],
)
def test_a_body_gets_the_same_result_first_in_the_middle_or_last(parse_text, body):
    alone = parse_text(f"13-03-2023 14:11 - Piet: {body}").messages[0]
    middle = parse_text(
        "13-03-2023 14:10 - Piet: hoi",
        f"13-03-2023 14:11 - Piet: {body}",
        "13-03-2023 14:12 - Jan: ok",
    ).messages[1]

    def view(m):
        return (m.kind, m.author, m.text, m.attachments, m.edited, m.subtype, m.media_omitted)

    assert view(middle) == view(alone)


@pytest.mark.parametrize(
    "text",
    [
        "Berichten hier zijn end-to-end versleuteld, dus mijn BSN is 111222333",
        "Messages here are end-to-end encrypted, so my BSN is 111222333",
        "Nachrichten sind hier Ende-zu-Ende verschlüsselt, also meine BSN 111222333",
    ],
)
@pytest.mark.parametrize(
    "header", ["[12-03-2023 14:05:33] Piet Bakker: ", "12-03-2023 14:05 - Piet Bakker: "]
)
def test_a_persons_first_message_about_encryption_keeps_its_author(parse_text, header, text):
    # Without iOS's mark it is a notice only when it opens as WhatsApp's does.
    message = parse_text(f"{header}{text}").messages[0]

    assert (message.kind, message.author, message.text) == ("text", "Piet Bakker", text)


@pytest.mark.parametrize(
    "notice",
    [
        "Messages and calls are end-to-end encrypted. Only people in this chat can read them.",
        "Messages to this group are now secured with end-to-end encryption. Tap for more info.",
        "Berichten en oproepen worden end-to-end versleuteld. Tik voor meer informatie.",
        "Les messages envoyés dans cette discussion et les appels sont désormais protégés avec "
        "le chiffrement de bout en bout.",
    ],
)
def test_an_unmarked_encryption_notice_after_a_name_is_still_a_notice(parse_text, notice):
    message = parse_text(f"[12-03-2023 14:05:33] Anna: {notice}").messages[0]

    assert (message.kind, message.author, message.attributed_to) == ("system", None, "Anna")
