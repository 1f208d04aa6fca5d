"""The names a contact card (vCard) holds: each is a person the chat names (pure Python)."""

from __future__ import annotations

import quopri
import re

# A property line: its name, its parameters and its value ("FN;CHARSET=UTF-8:Ria Mol").
_PROPERTY_RE = re.compile(r"^(?:[\w-]+\.)?(FN|N|ORG|X-ABSHOWAS)((?:;[^:\r\n]*)?):(.*)$", re.I)
_SPACE_RE = re.compile(r"\s+")
_MAX_CHARS = 200_000


def _unfolded(text: str) -> list[str]:
    """The card's logical lines: a line that starts with a space or tab goes on the one before,
    and a quoted-printable value ending in '=' goes on the next line."""
    lines: list[str] = []
    for raw in text[:_MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif lines and lines[-1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1].upper():
            lines[-1] = lines[-1][:-1] + raw
        else:
            lines.append(raw)
    return lines


def _value(params: str, value: str) -> str:
    if "QUOTED-PRINTABLE" in params.upper():
        charset = re.search(r"CHARSET=([\w-]+)", params, re.I)
        raw = quopri.decodestring(value.encode("ascii", "replace"))
        try:
            value = raw.decode(charset.group(1) if charset else "utf-8")
        except (LookupError, UnicodeDecodeError):
            value = raw.decode("latin-1")
    return value.replace("\\,", ",").replace("\\;", "\x00").replace("\\n", " ")


def vcard_names(text: str) -> tuple[str, ...]:
    """The person names of every card in `text`: the formatted name (FN) and the structured
    name (N: given, additional and family names), in order, without repeats. A card of an
    organisation (its name is its ORG, or X-ABShowAs:COMPANY) names no person."""
    names: list[str] = []
    organisations: set[str] = set()
    company = False
    card: list[str] = []
    for line in _unfolded(text):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            card, organisations, company = [], set(), False
            continue
        if upper == "END:VCARD":
            names += [n for n in card if not company and n.lower() not in organisations]
            card = []
            continue
        match = _PROPERTY_RE.match(line.strip())
        if match is None:
            continue
        prop, value = match.group(1).upper(), _value(*match.group(2, 3))
        if prop == "X-ABSHOWAS":
            company = value.strip().upper() == "COMPANY"
        elif prop == "ORG":
            org = _SPACE_RE.sub(" ", value.replace("\x00", " ")).strip()
            if org:
                organisations.add(org.lower())
        elif prop == "FN":
            card.append(_SPACE_RE.sub(" ", value.replace("\x00", ";")).strip())
        else:  # N: family;given;additional;prefixes;suffixes
            parts = [p.strip() for p in value.split(";")] + [""] * 5
            family, given, additional = parts[0], parts[1], parts[2]
            card.append(_SPACE_RE.sub(" ", f"{given} {additional} {family}").strip())
    # A card cut short (read up to a limit: a photo after the names is larger) still names
    # its persons; only its END line is missing.
    names += [n for n in card if not company and n.lower() not in organisations]
    return tuple(dict.fromkeys(n.replace("\x00", ";") for n in names if len(n) >= 2))
