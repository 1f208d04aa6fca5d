"""Header layout detection and date-order inference."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from chats.whatsapp import parse_chat_file
from chats.whatsapp.formats import build_spec, infer_date_order, probe_line

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "whatsapp"


def _matrix() -> list[tuple[str, str, str, bool]]:
    rows = []
    text = (FIXTURES / "fixtures_inline" / "pustur_format_matrix.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, header, expected, ambiguous = line.split("\t")
            rows.append((name, header, expected, ambiguous == "yes"))
    return rows


@pytest.mark.parametrize(("name", "line", "expected", "ambiguous"), _matrix())
def test_every_layout_of_the_format_matrix_parses(chat_file, name, line, expected, ambiguous):
    chat = parse_chat_file(chat_file(line + "\n"))

    message = chat.messages[0]
    assert (message.author, message.text) == ("a", "m")
    if ambiguous:
        # One line with day and month both <= 12: the order is a guess and says so.
        assert chat.format.date_order_confident is False
        assert message.sent_at.time() == datetime.fromisoformat(expected).time()
    else:
        assert message.sent_at == datetime.fromisoformat(expected)
        assert chat.format.date_order_confident is True


@pytest.mark.parametrize(
    ("line", "os_", "seconds", "ampm"),
    [
        ("[12-03-2023 14:05:33] Jan: hoi", "ios", True, False),
        ("[03-10-2024, 08:30:00] Jan: hoi", "ios", True, False),
        ("[01/20/19 11:23] Jan: hoi", "ios", False, False),
        ("12-03-2023 14:05 - Jan: hoi", "android", False, False),
        ("2019-10-20, 10:16 - Jan: hoi", "android", False, False),
        ("1/4/23, 7:02\u202fPM - Jan: hoi", "android", False, True),
        ("\u200e[3/27/22, 21:41:55] Jan: hoi", "ios", True, False),
    ],
)
def test_probe_recognises_headers(line, os_, seconds, ampm):
    sig = probe_line(line)

    assert sig is not None
    assert (sig.os, sig.seconds, sig.ampm) == (os_, seconds, ampm)


@pytest.mark.parametrize(
    "line",
    [
        "naam,functie,telefoon",
        "2023-01-01 10:00:00 INFO server started",
        "Graag met huisnummer.",
        "[5/2, 16:08] Alice: jaar ontbreekt",
        "12-03-2023: notitie",
    ],
)
def test_probe_rejects_lines_that_are_no_headers(line):
    assert probe_line(line) is None


def _order(lines: list[str], locale: str | None = None):
    sig = probe_line(lines[0])
    assert sig is not None
    spec = build_spec(sig)
    dates = list(dict.fromkeys(spec.date_re.findall("\n" + "\n".join(lines) + "\n")))
    return infer_date_order(dates, sig, locale)


def test_a_day_above_twelve_anywhere_settles_day_first():
    decision = _order(
        ["01-02-2023 10:00 - a: b", "02-02-2023 10:00 - a: b", "13-02-2023 10:00 - a: b"]
    )

    assert (decision.order, decision.confident) == ("DMY", True)


def test_a_second_field_above_twelve_settles_month_first():
    decision = _order(["1/2/23, 10:00 - a: b", "1/13/23, 10:00 - a: b"])

    assert (decision.order, decision.confident) == ("MDY", True)


def test_four_digit_year_first_is_year_month_day():
    decision = _order(["2019/01/02, 11:25 - a: b"])

    assert (decision.order, decision.confident) == ("YMD", True)


def test_file_order_decides_when_all_values_are_twelve_or_less():
    # 02-05, 03-05, 04-05, 01-06: only day-first keeps these dates moving forward.
    lines = [f"{d}-2022 10:00 - a: b" for d in ("02-05", "03-05", "04-05", "01-06")]

    decision = _order(lines)

    assert (decision.order, decision.confidence, decision.confident) == ("DMY", "high", False)


def test_a_two_digit_year_first_is_found_by_the_dates_moving_forward(parse_text):
    # yy-mm-dd (whatstk's formats): '19-09-30' fits day first too (30 September 2019 read as
    # 19 September 2030), but then '19-10-01' would go back 29 years.
    days = ("19-09-28", "19-09-29", "19-09-30", "19-10-01", "19-10-02", "19-10-14")
    lines = [f"{d}, 10:00 - a: b" for d in days]

    decision = _order(lines)
    chat = parse_text(*(f"{d}, 10:00 - Jan: hoi" for d in days))

    assert (decision.order, decision.confidence) == ("YMD", "certain")
    assert chat.messages[3].sent_at == datetime(2019, 10, 1, 10, 0)


def test_day_month_two_digit_year_over_a_month_end_stays_day_first():
    # The same layout written day first (nl iPhone '[30-09-19 …]'): year first would go back.
    lines = [f"[{d} 10:00:00] a: b" for d in ("29-09-19", "30-09-19", "01-10-19", "14-10-19")]

    decision = _order(lines)

    assert (decision.order, decision.confident) == ("DMY", True)


def test_a_day_first_chat_with_one_late_message_is_not_read_year_first():
    # A message sent offline carries its earlier date: day first steps back once, and year
    # first would keep the order only by spreading three days over 2003 and 2028.
    lines = ["03-03-24, 10:00 - a: b", "28-02-24, 09:00 - a: b", "03-03-24, 10:05 - a: c"]

    decision = _order(lines, locale="nl")

    assert decision.order == "DMY"


def test_one_day_with_a_two_digit_year_stays_day_first():
    decision = _order(["[19-09-05 10:00:00] a: b", "[19-09-05 10:01:00] a: b"])

    assert (decision.order, decision.confident) == ("DMY", True)


def test_dutch_texts_mean_day_first_when_the_dates_cannot_tell():
    decision = _order(["02/05/2022, 16:08 - a: b"], locale="nl")

    assert (decision.order, decision.confident) == ("DMY", False)
    assert decision.confidence in ("medium", "high")


def test_us_style_short_dates_mean_month_first_when_the_dates_cannot_tell():
    decision = _order(["5/2/22, 16:08 - a: b"], locale="en")

    assert (decision.order, decision.confident) == ("MDY", False)


def test_dash_separated_dates_with_dutch_texts_are_day_first_with_high_confidence():
    decision = _order(["02-05-2022 16:08 - a: b"], locale="nl")

    assert (decision.order, decision.confidence) == ("DMY", "high")


def test_ambiguous_dutch_export_reports_the_guess_as_a_warning(parse_text):
    chat = parse_text(
        "02-05-2022 16:08 - Berichten en oproepen worden end-to-end versleuteld. Tik voor meer informatie.",
        "02-05-2022 16:09 - Alice: IMG-20220502-WA0001.jpg (bestand bijgevoegd)",
    )

    assert chat.format.locale == "nl"
    assert (chat.format.date_order, chat.format.date_order_confident) == ("DMY", False)
    assert [w.code for w in chat.warnings] == ["date_order_uncertain"]
    assert chat.messages[0].sent_at == datetime(2022, 5, 2, 16, 8)


def test_the_whole_file_is_read_when_the_start_cannot_settle_the_order(chat_file):
    # 300 KB of early-month dates first (beyond the detection sample), then one day 13.
    filler = "".join(f"01-02-2023 10:{i % 60:02d} - Jan: {'x' * 80}\n" for i in range(3500))
    path = chat_file(filler + "13-02-2023 11:00 - Jan: eindelijk\n")

    chat = parse_chat_file(path)

    assert (chat.format.date_order, chat.format.date_order_confident) == ("DMY", True)
    assert chat.messages[0].sent_at == datetime(2023, 2, 1, 10, 0)


def test_format_description_is_readable(parse_text):
    chat = parse_text("[13-03-2023 14:05:33] Jan: hoi")

    assert chat.format.pattern == "[dd-mm-yyyy hh:mm:ss]"


@pytest.mark.parametrize(
    ("lines", "first", "author"),
    [
        (
            ["12/03/2023 à 14:05 - Jean: Bonjour", "13/03/2023 à 09:00 - Marie: Salut"],
            "2023-03-12T14:05:00",
            "Jean",
        ),
        (
            ["12.03.2023, 14:05 - Иван: Привет", "13.03.2023, 09:00 - Олег: Да"],
            "2023-03-12T14:05:00",
            "Иван",
        ),
        (
            ["2023/3/12 下午2:05 - 张三: 你好", "2023/3/13 上午9:00 - 李四: 好"],
            "2023-03-12T14:05:00",
            "张三",
        ),
        (
            ["١٢/٣/٢٠٢٣ ٢:٠٥ م - أحمد: مرحبا", "١٣/٣/٢٠٢٣ ٩:٠٠ ص - علي: أهلا"],
            "2023-03-12T14:05:00",
            "أحمد",
        ),
        (
            ["2023. 3. 12. 오후 2:05, 홍길동 : 안녕", "2023. 3. 13. 오전 9:00, 김철수 : 네"],
            "2023-03-12T14:05:00",
            "홍길동",
        ),
        (
            # iPhone in Arabic: a right-to-left mark after each date field and an Arabic comma.
            [
                "[١٢\u200f/٣\u200f/٢٠٢٣، ٢:٠٥:٠٠\u00a0م] أحمد: مرحبا",
                "\u200f[١٣\u200f/٣\u200f/٢٠٢٣، ٩:٠٠:١٠\u00a0ص] علي: \u200fأهلا",
            ],
            "2023-03-12T14:05:00",
            "أحمد",
        ),
        (["12-03-23 14:05 - Jan: Hoi", "13-03-23 09:00 - Piet: Hee"], "2023-03-12T14:05:00", "Jan"),
        (["13.6.2018 klo 21.25.15 - a: m"], "2018-06-13T21:25:15", "a"),
        (
            # iPhone in Vietnamese: the time before the date.
            ["[14:05:33, 12/3/23] Lan: Xin chào", "\u200e[09:00:10, 13/3/23] Minh: Vâng"],
            "2023-03-12T14:05:33",
            "Lan",
        ),
    ],
)
def test_layouts_of_other_locales_parse(parse_text, lines, first, author):
    chat = parse_text(*lines)

    assert chat.messages[0].sent_at.isoformat() == first
    assert chat.messages[0].author == author
    assert len(chat.messages) == len(lines)


def test_greek_day_parts(parse_text):
    chat = parse_text(
        "12/3/2023, 2:05 μ.μ. - Νίκος: Γεια", "13/3/2023, 9:00 π.μ. - Μαρία: Καλημέρα"
    )

    assert [m.sent_at.hour for m in chat.messages] == [14, 9]


def test_time_first_header_keeps_bodies_and_describes_itself(parse_text):
    chat = parse_text(
        "[21:41:35, 3/27/22] Lan: Hai regels,",
        "[niet de kop] tweede regel",
        "[21:42:00, 3/27/22] Minh: ok",
    )

    assert [(m.author, m.text, m.sent_at.isoformat()) for m in chat.messages] == [
        ("Lan", "Hai regels,\n[niet de kop] tweede regel", "2022-03-27T21:41:35"),
        ("Minh", "ok", "2022-03-27T21:42:00"),
    ]
    assert (chat.format.pattern, chat.format.date_order_confident) == (
        "[hh:mm:ss, mm/dd/yy]",
        True,
    )


@pytest.mark.parametrize("line", ["[21:41, hoi] Lan: geen datum", "21:41:35, 3/27/22 Lan: hoi"])
def test_time_first_needs_brackets_and_a_date(line):
    assert probe_line(line) is None
