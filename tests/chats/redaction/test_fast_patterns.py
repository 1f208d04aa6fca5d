"""Patterns written for speed find exactly what their plain form finds."""

import json
import random
import re
from pathlib import Path

from chats.redaction import names, online, places

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "pii"


def _texts(alphabet: str, count: int = 20_000) -> list[str]:
    """The labelled messages plus random strings over ``alphabet`` (the characters that matter)."""
    texts = [
        json.loads(line)["text"]
        for path in sorted(FIXTURES.glob("*.jsonl"))
        for line in path.open(encoding="utf-8")
        if line.strip()
    ]
    rnd = random.Random(12)
    texts += ["".join(rnd.choices(alphabet, k=rnd.randint(1, 30))) for _ in range(count)]
    return texts


def test_the_tokenizers_split_pattern_splits_as_the_token_pattern():
    plain = re.compile(f"({names._TOKEN_RE.pattern})", names._TOKEN_RE.flags)
    # initials, particles, apostrophes and hyphens, digits, and letters whose case is special
    alphabet = "AJBab z'\u2019-.  devanrtl0912_\u00e9\u0133\n,!?\u017f\u212a\u0130\u0131"
    named = ["J.P. de Vries", "j. de boer", "A.B.C.D.E.F.", "'t Hoge 's-Gravenhage", "Suite4"]
    for text in _texts(alphabet) + named:
        assert names._TOKEN_SPLIT_RE.split(text) == plain.split(text), text


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], ...]]:
    return [tuple(m.span(g) for g in range(pattern.groups + 1)) for m in pattern.finditer(text)]


def test_the_plate_patterns_find_what_their_plain_form_finds():
    codes = places._SIDECODES + places._COMPACT_SIDECODES
    plain = re.compile(r"(?<![\w€$./-])(" + "|".join(codes) + r")(?![\w]|-\w)")
    dashed = [code.replace("-?", "[ ]").replace("-", "[ ]") for code in places._SIDECODES]
    spaced = re.compile(r"(?<![\w€$./-])(" + "|".join(dashed) + r")(?![\w]|[ ]\d)")
    for text in _texts("0123456789 -./,€$NL-BDFGHJKabcxyzAEIOU \n'"):
        assert _spans(places._PLATE_RE, text) == _spans(plain, text), text
        assert _spans(places._SPACED_PLATE_RE, text) == _spans(spaced, text), text


def test_the_social_site_gate_lets_every_site_through():
    sites = online._SOCIAL.removeprefix("(?:").removesuffix(")").split("|")
    assert len(sites) > 30
    for site in sites:
        plain = re.sub(r"\(\?:[^)]*\)\??", "", site).replace("\\", "")
        assert any(gate in plain.lower() for gate in online._SOCIAL_GATES), site
    # whatever case forms the pattern's IGNORECASE matches, the gate sees the site too
    alphabet = "fbFB.cCoOmMnNeEtTvVaApP/@ wW\u017f\u212a\u0130\u0131"
    for text in _texts(alphabet) + ["FB.COM/anna", "Wa.Me/316", "mastodon.social/@a"]:
        if online._URL_RE.search(text):
            low = text.lower()
            assert any(gate in low for gate in online._SOCIAL_GATES), text


def test_the_map_gates_let_every_map_site_and_coordinate_through():
    sites = [
        "https://www.google.com/maps/place/Kerkstraat+12",
        "google.nl/maps/@52.69,6.19",
        "maps.google.co.uk/?q=x",
        "https://maps.app.goo.gl/Xy12",
        "goo.gl/maps/abc",
        "maps.apple.com/?ll=52.6,6.1",
        "maps.apple/p/abc",
        "www.openstreetmap.org/#map=18/52.69/6.19",
        "osm.org/go/0Eo",
        "waze.com/ul?ll=52.69,6.19",
        "www.waze.com/live-map/x",
        "bing.com/maps?cp=52.69",
        "wego.here.com/x",
    ]
    for site in sites:
        for text in (f"hier: {site}", f"hier: {site.upper()}", f"hier: {site.title()}"):
            assert [s.label for s in online.find_map_locations(text)][:1] == ["URL_PERSONAL"], text
    for text in ("52.69170, 6.19420", "52,6917 6,1942", "N 52.6917 E 6.1942"):
        assert online._DECIMALS_RE.search(text), text
        assert [s.label for s in online.find_map_locations(f"sta op {text} nu")] == ["ADDRESS"]
