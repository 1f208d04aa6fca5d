"""Renders varied WhatsApp screenshots with a ground truth, for the screenshot redaction bench.

Each scene is an Android, iPhone or WhatsApp Web screenshot (Web with its chat list), light or
dark, PNG or JPEG, full size or scaled down, a one-to-one chat or a group (sender names, reply
quotes, system notices). Every personal-data item and every must-keep item drawn is recorded with
the pixel rectangles it occupies (one per text line, so an item wrapped over two lines has two).

The sets from this one module never share a seed or a word pool:
- the tuning set (`TUNING`): what the redaction may be tuned on;
- the blind set (`BLIND`): other names, numbers, streets and partly other sentence templates,
  measured only before and after. Its expected items are committed in
  `demo/generators/screenshot_sets/blind_expected.json`, so a changed generator shows up;
- the check set (`CHECK`): the blind set's templates with other values, to tune on;
- the second blind set (`BLIND2`): new values and its own templates (initials, quoted and
  bracketed names, +31 numbers, organisations, dates, letter references), measured only;
  expected items in `demo/generators/screenshot_sets/blind2_expected.json`.

All personal data is fictitious (numbers pass their checksums so a detector must take them).
"""

from __future__ import annotations

import io
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from stdnum import iban as stdnum_iban

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT_REGULAR = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
SETS_DIR = Path(__file__).resolve().parent / "screenshot_sets"

# The municipality's own contact data: must stay readable (the bench passes them as keep-values).
SWITCHBOARD = "14 0522"
SWITCHBOARD_LONG = "0522 85 95 00"
ROLE_MAILBOX = "info@meppel.nl"
MUNICIPAL_KEEP_VALUES = (SWITCHBOARD, SWITCHBOARD_LONG, ROLE_MAILBOX)


@dataclass(frozen=True)
class Pools:
    """The words a set draws from; the tuning and blind pools share no personal value."""

    first_names: tuple[str, ...]
    # Surnames that are also ordinary Dutch words (bakker, visser, ...).
    word_surnames: tuple[str, ...]
    surnames: tuple[str, ...]
    streets: tuple[str, ...]
    places: tuple[str, ...]
    groups: tuple[str, ...]
    plates: tuple[str, ...]
    bank_codes: tuple[str, ...]


TUNING_POOLS = Pools(
    first_names=("Kees", "Annet", "Henk", "Marieke", "Johan", "Sanne", "Gerrit", "Ilse"),
    word_surnames=("Visser", "Bakker", "Smit", "Mulder", "Kok", "Schipper", "Boer", "Koster"),
    surnames=("de Vries", "Jansen", "van Dijk", "Hoekstra", "Zwiers", "Lubbers"),
    streets=("Kerkstraat", "Prinsengracht", "Zuideinde", "Wilhelminapark", "Steenwijkerstraatweg"),
    places=("Meppel", "Nijeveen", "Rogat"),
    groups=("Team Wegen", "Buurtapp Centrum", "Wijkteam Oost"),
    plates=("KL-428-V", "7-TXB-42", "GF-916-H"),
    bank_codes=("ABNA", "INGB", "RABO"),
)
BLIND_POOLS = Pools(
    first_names=("Wim", "Femke", "Joost", "Hennie", "Lotte", "Bert", "Anouk", "Roelof"),
    word_surnames=("Brouwer", "Dekker", "Molenaar", "Koning", "Vos", "Timmerman", "Kramer", "Post"),
    surnames=("Bosma", "van der Wal", "Meijer", "Oosterhuis", "Kuipers", "ter Horst"),
    streets=("Hoofdstraat", "Dinxterveen", "Kaapweg", "Sluisplein", "Groenmarktstraat"),
    places=("Meppel", "Havelte", "Broekhuizen"),
    groups=("Team Groen", "Buurtapp Oosterboer", "Overleg Markt"),
    plates=("ZT-593-K", "3-KNR-18", "HX-207-P"),
    bank_codes=("SNSB", "TRIO", "ASNB"),
)


@dataclass(frozen=True)
class SetConfig:
    name: str
    seed: int
    count: int
    pools: Pools
    # Which templates this set may use: "both" and its own tag.
    tag: str


# A third set for tuning against the blind set's kind of sentences (issue 12, second round): the
# blind templates with values neither other set uses. Tune on it; the blind set stays blind.
CHECK_POOLS = Pools(
    first_names=("Gert", "Marloes", "Jeroen", "Tineke", "Sjoerd", "Inge", "Harm", "Esther"),
    word_surnames=("Schaap", "Winter", "Valk", "Smid", "Haan", "Kuiper", "Wolf", "Prins"),
    surnames=("Dijkstra", "van den Berg", "Hofman", "Scholten", "Wiersma", "de Groot"),
    streets=("Kolderveen", "Molenstraat", "Vledderstraat", "Eendrachtstraat", "Oosteinde"),
    places=("Meppel", "Nijeveen", "Ruinerwold"),
    groups=("Team Handhaving", "Buurtapp Haveltermade", "Overleg Kerkplein"),
    plates=("GN-416-K", "5-KPT-38", "HG-882-J"),
    bank_codes=("KNAB", "BUNQ", "RABO"),
)
# A second blind set (issue 12, third round): the check set made the blind templates a tuning
# target, so this one has values no other set uses and only its own templates besides "both".
BLIND2_POOLS = Pools(
    first_names=("Jannie", "Klaas", "Mirjam", "Arjen", "Hilde", "Dirk", "Ria", "Geert"),
    word_surnames=("Hoek", "Zomer", "Baas", "Klein", "Bos", "Haas", "Koopman", "Stam"),
    surnames=(
        "Veenstra",
        "van der Meulen",
        "Kloosterman",
        "Huisman",
        "Bouwmeester",
        "ten Hoeve",
    ),
    streets=("Woldstraat", "Hoogeveenseweg", "Noordeinde", "Kromme Elleboog", "Ezelsmarkt"),
    places=("Koekange", "De Wijk", "IJhorst"),
    groups=("Team Riolering", "Wijkraad Koedijk", "Werkgroep Kaap"),
    plates=("RT-761-B", "8-ZGL-27", "N-394-RK"),
    bank_codes=("RBRB", "FVLB", "NNBA"),
)
TUNING = SetConfig(name="tuning", seed=1201, count=30, pools=TUNING_POOLS, tag="tune")
CHECK = SetConfig(name="check", seed=52_117, count=30, pools=CHECK_POOLS, tag="blind")
BLIND = SetConfig(name="blind", seed=907_331, count=30, pools=BLIND_POOLS, tag="blind")
BLIND2 = SetConfig(name="blind2", seed=640_819, count=30, pools=BLIND2_POOLS, tag="blind2")
SETS = {c.name: c for c in (TUNING, CHECK, BLIND, BLIND2)}

# Message templates. {slot} is filled from the scene; slots in PII_SLOTS are personal data, in
# KEEP_SLOTS must stay readable. A "!" after the slot name asks the renderer to wrap the line
# inside that item; text glued to a slot (quotes, brackets) is drawn against it but is no part of
# the item. (tag, sender, text)
TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("both", "in", "Goedemorgen, ik ben {name} en ik woon aan de {addr} in {place}."),
    ("both", "in", "U kunt mij bellen op {phone!}, ik ben de hele dag thuis."),
    ("both", "in", "Mijn rekeningnummer is {iban!} wilt u het bedrag daarop terugstorten?"),
    ("both", "in", "Mijn BSN is {bsn} als u dat nodig heeft."),
    ("both", "out", "U kunt ons altijd bellen via {switch} of mailen naar {mailbox}."),
    ("both", "out", "Uw melding heeft zaaknummer {zaak} en we komen {day} langs."),
    ("both", "in", "De auto met kenteken {plate} staat al weken op de stoep."),
    ("tune", "in", "Mijn buurman {third!} heeft ook last van de lantaarnpaal."),
    ("tune", "in", "De postcode is {postcode!} bij het huis naast de kerk."),
    ("tune", "in", "Mijn mail is {email} voor de bevestiging."),
    ("tune", "in", "Groetjes, {first}"),
    ("tune", "out", "Ik heb {sur} gisteren nog gesproken over de stoep."),
    ("tune", "in", "Geboren op {dob} maar dat staat ook in het formulier."),
    ("tune", "out", "Bel gerust het algemene nummer {switch_long}, dan verbinden ze u door."),
    ("tune", "in", "Wij wonen op {addr!} in {place} sinds vorig jaar."),
    ("blind", "in", "Met {name!}, ik stuur dit namens de bewoners van de {street}."),
    ("blind", "in", "Het nummer van mijn dochter is {phone!} als ik niet opneem."),
    ("blind", "in", "Terugbetalen graag op {iban!} t.n.v. {name}."),
    ("blind", "in", "Burgerservicenummer: {bsn}"),
    ("blind", "in", "Wij zitten op {addr!}, {postcode} {place}."),
    ("blind", "in", "{third} zegt dat de bus met {plate} er elke nacht staat."),
    ("blind", "out", "Het klantcontactcentrum is bereikbaar op {switch_long} op werkdagen."),
    ("blind", "out", "Dank je {sur}, ik geef het door aan {group}."),
    ("blind", "in", "Stuur het maar naar {email} of bel {phone}."),
    ("blind", "in", "Mevrouw {third_sur!} van nummer {housenr} klaagt ook over de herrie."),
    ("blind2", "in", "Namens mijn moeder, {initials!}, dien ik een klacht in bij {org}."),
    ("blind2", "out", "Zaak {zaak} staat op {date} gepland, {org} komt dan kijken."),
    ("blind2", "in", "Ik zit tot juni in Spanje, bel gerust {phone_intl!} na zessen."),
    ("blind2", "in", '"{third}" heeft die schutting gezet, dat weet de hele {street}.'),
    (
        "blind2",
        "in",
        "Kunt u de brief sturen naar {initials}, {addr!}, {postcode_compact} {place}?",
    ),
    ("blind2", "in", "Onze mantelzorger ({third_first}) regelt het verder, bel {phone!}."),
    ("blind2", "in", "IBAN {iban!} (t.n.v. {third!}), graag voor {date}."),
    ("blind2", "out", "Uw brief met kenmerk {kenmerk} is doorgestuurd naar {org}."),
    ("blind2", "in", "Gegevens: BSN {bsn}, geboren {dob}, wonend aan de {addr!} te {place}."),
    ("blind2", "out", "Bespreken we in {group} op {date}, ik koppel het aan {zaak}."),
    ("blind2", "in", "Mail maar naar {email} of app {third_first} even op {phone_intl}."),
    ("blind2", "in", "Buurman '{third_sur}' rijdt met de {plate} zo over het trottoir."),
)
# Organisations in the chats (must stay readable).
ORGANISATIONS = (
    "Gemeente Meppel",
    "Woonconcern",
    "Welzijn MensenWerk",
    "GGD Drenthe",
    "Waterschap Drents Overijsselse Delta",
    "Veiligheidsregio Drenthe",
)
MONTHS = ("januari", "februari", "maart", "april", "mei", "juni")
REPLIES = (
    "Dank voor uw bericht, we pakken het deze week op.",
    "Ik zet het door naar de buitendienst.",
    "Klopt, de container wordt vrijdag geleegd.",
    "Graag gedaan!",
    "We houden u op de hoogte.",
)
PII_LABELS = {
    "name": "PERSON",
    "first": "PERSON",
    "sur": "PERSON",
    "third": "PERSON",
    "third_sur": "PERSON",
    "phone": "PHONE",
    "iban": "IBAN",
    "bsn": "BSN",
    "addr": "ADDRESS",
    "postcode": "POSTCODE",
    "plate": "LICENSE_PLATE",
    "email": "EMAIL",
    "dob": "DATE_OF_BIRTH",
    "housenr": "ADDRESS",
    "initials": "PERSON",
    "third_first": "PERSON",
    "phone_intl": "PHONE",
    "postcode_compact": "POSTCODE",
}
KEEP_SLOTS = (
    "switch",
    "switch_long",
    "mailbox",
    "zaak",
    "place",
    "group",
    "street",
    "day",
    "org",
    "date",
    "kenmerk",
)


@dataclass
class Item:
    kind: str  # "pii" or "keep"
    label: str
    text: str
    rects: list[tuple[int, int, int, int]] = field(default_factory=list)

    def expected(self) -> dict:
        return {"kind": self.kind, "label": self.label, "text": self.text}


@dataclass
class Shot:
    """One rendered screenshot: its encoded bytes, what is drawn where, and the chat's names."""

    name: str
    layout: str
    dark: bool
    fmt: str
    scaled: bool
    data: bytes
    size: tuple[int, int]
    items: list[Item]
    participants: tuple[str, ...]

    def expected(self) -> dict:
        return {
            "name": self.name,
            "layout": self.layout,
            "dark": self.dark,
            "format": self.fmt,
            "scaled": self.scaled,
            "size": list(self.size),
            "items": [i.expected() for i in self.items if i.rects],
        }


@dataclass(frozen=True)
class Palette:
    bar: tuple[int, int, int]
    bar_text: tuple[int, int, int]
    background: tuple[int, int, int]
    bubble_in: tuple[int, int, int]
    bubble_out: tuple[int, int, int]
    quote: tuple[int, int, int]
    text: tuple[int, int, int]
    meta: tuple[int, int, int]
    sender: tuple[int, int, int]
    chip: tuple[int, int, int]
    pane: tuple[int, int, int]


LIGHT = Palette(
    bar=(0, 128, 105),
    bar_text=(255, 255, 255),
    background=(239, 234, 226),
    bubble_in=(255, 255, 255),
    bubble_out=(217, 253, 211),
    quote=(240, 240, 240),
    text=(17, 27, 33),
    meta=(102, 119, 129),
    sender=(31, 122, 140),
    chip=(255, 245, 196),
    pane=(255, 255, 255),
)
DARK = Palette(
    bar=(32, 44, 51),
    bar_text=(233, 237, 239),
    background=(11, 20, 26),
    bubble_in=(32, 44, 51),
    bubble_out=(0, 92, 75),
    quote=(25, 36, 42),
    text=(233, 237, 239),
    meta=(134, 150, 160),
    sender=(83, 189, 235),
    chip=(24, 34, 41),
    pane=(17, 27, 33),
)


def _font(path: Path, size: int):
    if path.is_file():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size)


# --- the scene's fictitious data ---------------------------------------------------------------


def _bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(last)


def _iban(rng: random.Random, bank: str) -> str:
    account = "".join(str(rng.randint(0, 9)) for _ in range(10))
    check = stdnum_iban.calc_check_digits(f"NL00{bank}{account}")
    compact = f"NL{check}{bank}{account}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _phone(rng: random.Random) -> str:
    rest = "".join(str(rng.randint(0, 9)) for _ in range(8))
    return rng.choice(
        (
            f"06 {rest[:4]} {rest[4:]}",
            f"06-{rest}",
            f"06 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}",
        )
    ).replace("06 1", "06 4")


def _scene_values(rng: random.Random, pools: Pools) -> dict[str, str]:
    first = rng.choice(pools.first_names)
    sur = rng.choice(pools.word_surnames)
    third_first = rng.choice([n for n in pools.first_names if n != first])
    third_sur = rng.choice(pools.surnames)
    street = rng.choice(pools.streets)
    number = str(rng.randint(2, 140))
    values = {
        "first": first,
        "sur": sur,
        "name": f"{first} {sur}",
        "third": f"{third_first} {third_sur}",
        "third_sur": third_sur[0].upper() + third_sur[1:],
        "phone": _phone(rng),
        "iban": _iban(rng, rng.choice(pools.bank_codes)),
        "bsn": _bsn(rng),
        "street": street,
        "addr": f"{street} {number}",
        "housenr": number,
        "postcode": f"79{rng.randint(21, 49)} {rng.choice('ABCDEGHJKLMNPRSTVWX')}{rng.choice('ABCDEGHKLMNPRSTVWX')}",
        "plate": rng.choice(pools.plates),
        "email": f"{first.lower()}.{sur.lower()}{rng.randint(1, 99)}@example.org",
        "dob": f"{rng.randint(1, 28):02d}-{rng.randint(1, 12):02d}-19{rng.randint(40, 99)}",
        "place": rng.choice(pools.places),
        "group": rng.choice(pools.groups),
        "switch": SWITCHBOARD,
        "switch_long": SWITCHBOARD_LONG,
        "mailbox": ROLE_MAILBOX,
        "zaak": f"Z-2024-{rng.randint(1000, 9999):06d}",
        "day": rng.choice(("maandag", "dinsdag", "donderdag", "vrijdag")),
    }
    return values | _blind2_values(values)


def _blind2_values(values: dict[str, str]) -> dict[str, str]:
    """The slots only the blind2 templates use. They come from a generator of their own, seeded
    by the scene's values, so the set's generator draws what it drew before and the older sets
    render exactly as they did."""
    rng = random.Random(f"{values['zaak']}|{values['bsn']}")
    digits = "".join(c for c in values["phone"] if c.isdigit())
    day, month = rng.randint(1, 28), rng.randint(1, 6)
    date = rng.choice(
        (
            f"{day} {MONTHS[month - 1]}",
            f"{day:02d}-{month:02d}-2025",
            f"{values['day']} {day} {MONTHS[month - 1]}",
        )
    )
    return {
        "initials": f"{values['first'][0]}. {values['sur']}",
        "third_first": values["third"].split()[0],
        "phone_intl": f"+31 6 {digits[2:6]} {digits[6:]}",
        "postcode_compact": values["postcode"].replace(" ", ""),
        "org": rng.choice(ORGANISATIONS),
        "date": date,
        "kenmerk": f"U25.{rng.randint(1000, 99999):06d}",
    }


# --- text with items --------------------------------------------------------------------------

# A token: (word, item or None, wrap-here flag).
Token = tuple[str, "Item | None", bool]


def _tokens(template: str, values: dict[str, str], items: list[Item]) -> list[Token]:
    """Split a template into words, each tied to the item it belongs to."""
    out: list[Token] = []
    rest = template
    while rest:
        start = rest.find("{")
        if start < 0:
            out += [(w, None, False) for w in rest.split()]
            break
        before, rest = rest[:start], rest[start + 1 :]
        end = rest.find("}")
        slot, rest = rest[:end], rest[end + 1 :]
        wrap = slot.endswith("!")
        slot = slot.rstrip("!")
        words = before.split()
        # Punctuation glued to the slot ("{iban},", "({name})") stays its own text, drawn
        # against the item without a space.
        lead = words.pop() if words and not before[-1].isspace() else ""
        out += [(w, None, False) for w in words]
        if lead:
            out.append((lead, None, False))
        value = values[slot]
        item = Item(
            kind="pii" if slot in PII_LABELS else "keep",
            label=PII_LABELS.get(slot, slot.upper()),
            text=value,
        )
        items.append(item)
        parts = value.split()
        for i, word in enumerate(parts):
            glue = "\x00" if lead and i == 0 else ""
            out.append((glue + word, item, wrap and i == len(parts) // 2 and len(parts) > 1))
        if rest and not rest[0].isspace():
            tail, _, rest = rest.partition(" ")
            out.append(("\x00" + tail, None, False))  # glued to the previous word
    return out


def _layout_lines(draw, tokens: list[Token], font, max_width: float) -> list[list[Token]]:
    """Greedy wrap; a token flagged wrap-here starts a new line (the item breaks there)."""
    lines: list[list[Token]] = [[]]
    width = 0.0
    space = draw.textlength(" ", font=font)
    for word, item, wrap_here in tokens:
        glued = word.startswith("\x00")
        w = draw.textlength(word.lstrip("\x00"), font=font)
        need = w + (0 if glued or not lines[-1] else space)
        if lines[-1] and not glued and (wrap_here or width + need > max_width):
            lines.append([])
            width, need = 0.0, w
        lines[-1].append((word, item, wrap_here))
        width += need
    return lines


def _draw_lines(draw, x: float, y: float, lines, font, fill, line_h: int) -> None:
    space = draw.textlength(" ", font=font)
    for n, line in enumerate(lines):
        cx = x
        ty = y + n * line_h
        for i, (word, item, _) in enumerate(line):
            glued = word.startswith("\x00")
            word = word.lstrip("\x00")
            if i and not glued:
                cx += space
            draw.text((cx, ty), word, font=font, fill=fill)
            if item is not None:
                box = draw.textbbox((cx, ty), word, font=font)
                _add_rect(item, box)
            cx += draw.textlength(word, font=font)


def _add_rect(item: Item, box) -> None:
    """Merge a word's box into the item's rectangle on the same line, else start a new one."""
    left, top, right, bottom = (round(v) for v in box)
    for i, (l0, t0, r0, b0) in enumerate(item.rects):
        if abs(t0 - top) < (bottom - top) * 0.6:
            item.rects[i] = (min(l0, left), min(t0, top), max(r0, right), max(b0, bottom))
            return
    item.rects.append((left, top, right, bottom))


def _text_item(draw, xy, text: str, font, fill, item: Item | None, anchor=None) -> None:
    draw.text(xy, text, font=font, fill=fill, anchor=anchor)
    if item is not None:
        _add_rect(item, draw.textbbox(xy, text, font=font, anchor=anchor))


# --- scenes -----------------------------------------------------------------------------------


@dataclass
class Entry:
    kind: str  # "bubble", "notice"
    sender: str = "in"  # "in" / "out"
    tokens: list[Token] = field(default_factory=list)
    sender_name: str = ""  # group chats: shown above incoming text
    quote: tuple[str, list[Token]] | None = None  # (quoted sender name, quoted tokens)


def _scene(rng: random.Random, config: SetConfig, index: int) -> Shot:
    values = _scene_values(rng, config.pools)
    layout = rng.choice(("android", "android", "ios", "web"))
    dark = rng.random() < 0.4
    fmt = "JPEG" if rng.random() < 0.35 else "PNG"
    scaled = rng.random() < 0.35
    group = rng.random() < 0.4
    items: list[Item] = []

    def pii(slot: str) -> Item:
        item = Item("pii", PII_LABELS[slot], values[slot])
        items.append(item)
        return item

    def keep(text: str, label: str) -> Item:
        item = Item("keep", label, text)
        items.append(item)
        return item

    templates = [t for t in TEMPLATES if t[0] in ("both", config.tag)]
    chosen = rng.sample(templates, 6)
    entries: list[Entry] = []
    if group:
        entries.append(Entry("notice", tokens=_tokens("{name} heeft je toegevoegd", values, items)))
    for n, (_, sender, text) in enumerate(chosen):
        entry = Entry("bubble", sender=sender, tokens=_tokens(text, values, items))
        if group and sender == "in":
            entry.sender_name = "name"
        if n == 3:
            # A reply that quotes an earlier message of the resident.
            quoted = next((e for e in entries if e.kind == "bubble" and e.sender == "in"), None)
            if quoted is not None:
                words = " ".join(w.lstrip("\x00") for w, it, _ in quoted.tokens[:7] if it is None)
                entry.quote = ("name", _tokens(f"{words} ...", values, items))
        entries.append(entry)
        if n == 1:
            entries.append(
                Entry("bubble", sender="out", tokens=_tokens(rng.choice(REPLIES), values, items))
            )
        if n == 4 and group:
            entries.append(
                Entry(
                    "notice",
                    tokens=_tokens("{sur} heeft de groepsbeschrijving gewijzigd", values, items),
                )
            )
    title = values["group"] if group else values["name"]
    participants = (values["name"],)

    if layout == "web":
        size = (1920, 1080)
    elif layout == "ios":
        size = (1170, 2532)
    else:
        size = (1080, 2400)
    palette = DARK if dark else LIGHT
    image = Image.new("RGB", size, palette.background)
    draw = ImageDraw.Draw(image)
    if layout == "web":
        chat_left = _web_chrome(draw, size, palette, values, title, group, rng, pii, keep, items)
        s = 0.8
        region = (chat_left, 150, size[0], size[1] - 90)
    else:
        s = size[0] / 1080
        top = _phone_header(draw, size, palette, layout, title, values, group, pii, keep)
        region = (0, top, size[0], size[1] - round(150 * s))
    _draw_chat(draw, region, s, palette, entries, values, items, pii)

    if scaled:
        factor = rng.choice((0.5, 0.6, 0.667)) if layout != "web" else 0.711
        new = (round(size[0] * factor), round(size[1] * factor))
        image = image.resize(new, Image.Resampling.LANCZOS)
        for item in items:
            item.rects = [
                (
                    int(a * factor),
                    int(b * factor),
                    -int(-c * factor),
                    -int(-d * factor),
                )
                for a, b, c, d in item.rects
            ]
        size = new
    buffer = io.BytesIO()
    if fmt == "JPEG":
        image.save(buffer, format="JPEG", quality=rng.choice((70, 82, 92)))
    else:
        image.save(buffer, format="PNG")
    return Shot(
        name=f"{config.name}-{index:02d}-{layout}-{'dark' if dark else 'light'}"
        f"{'-scaled' if scaled else ''}.{fmt.lower().replace('jpeg', 'jpg')}",
        layout=layout,
        dark=dark,
        fmt=fmt,
        scaled=scaled,
        data=buffer.getvalue(),
        size=size,
        items=[i for i in items if i.rects],
        participants=participants,
    )


def _phone_header(draw, size, p: Palette, layout, title, values, group, pii, keep) -> int:
    width, _ = size
    s = width / 1080
    ios = layout == "ios"
    bar = ((246, 246, 246), (0, 0, 0)) if ios and p is LIGHT else (p.bar, p.bar_text)
    if ios and p is DARK:
        bar = ((28, 28, 30), (255, 255, 255))
    status_h = round(141 * width / 1170) if ios else round(63 * s)
    header_h = round(132 * width / 1170) if ios else round(147 * s)
    draw.rectangle((0, 0, width, status_h + header_h), fill=bar[0])
    small = _font(FONT_REGULAR, round(29 * s))
    bold = _font(FONT_BOLD, round(44 * s))
    draw.text((round(40 * s), round(12 * s)), "09:31", font=small, fill=bar[1])
    mid = status_h + header_h // 2
    avatar = round(96 * s)
    ax = round(90 * s)
    draw.ellipse((ax, mid - avatar // 2, ax + avatar, mid + avatar // 2), fill=(200, 210, 215))
    # The header band is blacked out as a whole (it also lists the group's members), so a
    # group's title there is no must-keep item.
    title_item = None if group else pii("name")
    if ios:
        _text_item(draw, (width / 2, mid - round(20 * s)), title, bold, bar[1], title_item, "mm")
        sub = "tik hier voor groepsinfo" if group else "online"
        draw.text((width / 2, mid + round(30 * s)), sub, font=small, fill=bar[1], anchor="mm")
    else:
        _text_item(
            draw,
            (ax + avatar + round(30 * s), mid - round(52 * s)),
            title,
            bold,
            bar[1],
            title_item,
        )
        sub = f"{values['first']}, jij" if group else "online"
        draw.text((ax + avatar + round(30 * s), mid + round(8 * s)), sub, font=small, fill=bar[1])
    return status_h + header_h


def _web_chrome(draw, size, p: Palette, values, title, group, rng, pii, keep, items) -> int:
    """WhatsApp Web: the chat list on the left (30%), the open chat's header on the right."""
    width, height = size
    list_w = round(width * 0.3)
    draw.rectangle((0, 0, list_w, height), fill=p.pane)
    draw.rectangle((0, 0, width, 110), fill=p.bar if p is DARK else (240, 242, 245))
    head_text = p.text
    bold = _font(FONT_BOLD, 30)
    regular = _font(FONT_REGULAR, 26)
    draw.text((30, 38), "Chats", font=bold, fill=head_text)
    # The open chat's header, right of the list.
    draw.ellipse((list_w + 20, 20, list_w + 90, 90), fill=(200, 210, 215))
    title_item = keep(title, "GROUP") if group else pii("name")
    _text_item(draw, (list_w + 110, 28), title, bold, head_text, title_item)
    draw.text((list_w + 110, 68), "online", font=_font(FONT_REGULAR, 22), fill=p.meta)
    # Chat list rows: the open chat, two other residents, the group or a team.
    others = [
        ("name", "Dank u wel!"),
        ("third", "Bel me even op {phone}"),
        ("group", "Vergadering is verplaatst"),
        ("org", "Bel {switch} voor een afspraak"),
    ]
    y = 130
    for kind, preview in others:
        draw.ellipse((20, y + 10, 100, y + 90), fill=(200, 210, 215))
        if kind in ("name", "third"):
            name, item = values[kind], pii(kind)
        elif kind == "group":
            name, item = values["group"], keep(values["group"], "GROUP")
        else:
            name, item = "Gemeente Meppel", keep("Gemeente Meppel", "GROUP")
        _text_item(draw, (120, y + 12), name, bold, p.text, item)
        clock = f"09:2{rng.randint(0, 9)}"
        draw.text((list_w - 90, y + 16), clock, font=_font(FONT_REGULAR, 20), fill=p.meta)
        lines = _layout_lines(draw, _tokens(preview, values, items), regular, 10_000)
        _draw_lines(draw, 120, y + 54, lines, regular, p.meta, 40)
        draw.line(
            (120, y + 100, list_w, y + 100), fill=(60, 70, 80) if p is DARK else (233, 237, 239)
        )
        y += 110
    return list_w


def _draw_chat(draw, region, s, p: Palette, entries, values, items, pii) -> None:
    x0, y, x1, bottom = region
    width = x1 - x0
    regular = _font(FONT_REGULAR, round(40 * s))
    small = _font(FONT_REGULAR, round(29 * s))
    sender_font = _font(FONT_BOLD, round(33 * s))
    line_h = round(52 * s)
    pad = round(26 * s)
    y += round(40 * s)
    chip = "VANDAAG"
    cw = draw.textlength(chip, font=small) + round(50 * s)
    cx = x0 + width / 2
    draw.rounded_rectangle(
        (cx - cw / 2, y, cx + cw / 2, y + round(60 * s)), radius=round(16 * s), fill=p.chip
    )
    draw.text((cx, y + round(30 * s)), chip, font=small, fill=p.meta, anchor="mm")
    y += round(100 * s)
    max_text = width * 0.70
    for entry in entries:
        if entry.kind == "notice":
            lines = _layout_lines(draw, entry.tokens, small, width * 0.8)
            text_w = max(_line_width(draw, line, small) for line in lines)
            h = len(lines) * round(40 * s) + round(24 * s)
            if y + h > bottom:
                break
            draw.rounded_rectangle(
                (cx - text_w / 2 - pad, y, cx + text_w / 2 + pad, y + h),
                radius=round(14 * s),
                fill=p.chip,
            )
            _draw_lines(
                draw, cx - text_w / 2, y + round(10 * s), lines, small, p.meta, round(40 * s)
            )
            y += h + round(22 * s)
            continue
        wrap_width = max_text
        lines = _layout_lines(draw, entry.tokens, regular, wrap_width)
        text_w = max(_line_width(draw, line, regular) for line in lines)
        extra_top = 0
        sender_item = None
        if entry.sender_name:
            extra_top += round(46 * s)
        quote_lines = []
        if entry.quote is not None:
            quote_lines = _layout_lines(draw, entry.quote[1], small, max_text - 2 * pad)
            text_w = max(text_w, max(_line_width(draw, q, small) for q in quote_lines) + 2 * pad)
            extra_top += round(46 * s) + len(quote_lines) * round(40 * s) + round(30 * s)
        bubble_w = (
            max(text_w, draw.textlength(values["first"] * 2, font=sender_font))
            + 2 * pad
            + round(20 * s)
        )
        bubble_h = extra_top + len(lines) * line_h + round(50 * s) + pad
        if y + bubble_h > bottom:
            break
        bx = x0 + round(30 * s) if entry.sender == "in" else x1 - round(30 * s) - bubble_w
        draw.rounded_rectangle(
            (bx, y, bx + bubble_w, y + bubble_h),
            radius=round(20 * s),
            fill=p.bubble_in if entry.sender == "in" else p.bubble_out,
        )
        ty = y + pad // 2 + round(6 * s)
        if entry.sender_name:
            sender_item = pii("name")
            _text_item(draw, (bx + pad, ty), values["name"], sender_font, p.sender, sender_item)
            ty += round(46 * s)
        if entry.quote is not None:
            qh = round(46 * s) + len(quote_lines) * round(40 * s) + round(14 * s)
            draw.rounded_rectangle(
                (bx + pad // 2, ty - 4, bx + bubble_w - pad // 2, ty + qh), radius=10, fill=p.quote
            )
            draw.rectangle((bx + pad // 2, ty - 4, bx + pad // 2 + 6, ty + qh), fill=p.sender)
            _text_item(draw, (bx + pad, ty), values["name"], sender_font, p.sender, pii("name"))
            _draw_lines(
                draw, bx + pad, ty + round(46 * s), quote_lines, small, p.meta, round(40 * s)
            )
            ty += qh + round(16 * s)
        _draw_lines(draw, bx + pad, ty, lines, regular, p.text, line_h)
        clock = f"09:{10 + len(items) % 50:02d}"
        draw.text(
            (
                bx + bubble_w - pad - draw.textlength(clock, font=small),
                y + bubble_h - round(42 * s),
            ),
            clock,
            font=small,
            fill=p.meta,
        )
        y += bubble_h + round(22 * s)


def _line_width(draw, line, font) -> float:
    text = ""
    for word, _, _ in line:
        text += word[1:] if word.startswith("\x00") else (" " + word if text else word)
    return draw.textlength(text, font=font)


# --- sets -------------------------------------------------------------------------------------


def render_set(config: SetConfig) -> list[Shot]:
    """Every screenshot of a set, deterministic for its seed."""
    rng = random.Random(config.seed)
    return [_scene(rng, config, i) for i in range(config.count)]


def expected_items(shots: list[Shot]) -> list[dict]:
    return [shot.expected() for shot in shots]


def write_expected(config: SetConfig, path: Path | None = None) -> Path:
    path = path or SETS_DIR / f"{config.name}_expected.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(expected_items(render_set(config)), ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    return path


if __name__ == "__main__":
    import sys

    which = sys.argv[1] if len(sys.argv) > 1 else "tuning"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"screenshots-{which}")
    out.mkdir(exist_ok=True)
    for shot in render_set(SETS[which]):
        (out / shot.name).write_bytes(shot.data)
    print(out)
