"""Street + house number (a dwelling). A street without a number is a public place and stays."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import cache

from chats.redaction.birthdates import MONTH_NAMES
from chats.redaction.folding import folded_text
from chats.redaction.lexicon import (
    CAR_MAKES,
    PARTICLES,
    STRONG_STREET_SUFFIXES,
    TITLES,
    Lexicon,
    WordAlternation,
    ascii_twin,
    en_stems,
    has_singular,
    holds_any,
    holds_any_re,
    is_compound,
    is_event_compound,
    load,
    street_suffix,
    words,
)
from chats.redaction.names import is_firm_word
from chats.redaction.organisations import shipped_names
from chats.redaction.spans import Span

# Review 53: the toevoegingen of a floor or part of a house written against the number, for a
# number of any length ("47zw", "115zw", "204bis", "115rd"; not an English ordinal, "3rd", "23rd").
_GLUED_TOEVOEGING = r"(?:bis|hs|bg|bv|hg|zw|(?:(?<!3)|(?<=13))rd)"
# House number with toevoeging: 12, 12a, 12 A, 12-2, 12-II, 12-bis, 12 bis, 12/3, 12 hs.
_NUMBER_RE = re.compile(
    # After a word and a space: (?:(?<=[^\W\d_][ ])|(?<=[^\W\d_]\.[ ]))(?:(?:nr\.?|nummer|no\.?)[ ]?)?
    # then the number; written with its first character before the look-behinds, so the regex
    # engine skips in C to an "n" or a digit instead of trying them at every character.
    r"[n\d](?:(?<=[^\W\d_][ ].)|(?<=[^\W\d_]\.[ ].))"
    # A house number never opens with a zero ("Bos 06 43 29 81 15" is a phone number).
    r"(?:(?<=n)(?:r\.?|ummer|o\.?)[ ]?(?!0)\d{1,5}|(?<=\d)(?<!0)\d{0,4})"
    # "12bis", "3hs": a toevoeging written against the number ("3e verdieping": a floor).
    rf"(?:{_GLUED_TOEVOEGING}(?![\w])|(?!e[ ]+(?:verdieping|etage|klas|ronde)\b)[a-zA-Z](?![\w])"
    # (not "9 - WR-1203": a reference code after a dash; not "10 / 7941 vb": a postcode)
    # (Round 33: "9-A1", "12/b2": a letter and a floor or unit after the dash)
    r"|[ ]?[-/][ ]?(?:\d{1,3}|[1-9]\d{3}(?![ ]{0,2}[A-Za-z]{2}(?!\w))|[IVXivx]{1,4}|bis|hs"
    r"|[a-zA-Z]{1,2}|[A-Ha-h][1-9])"
    r"(?![\w]|-\w)"
    # A room in a shared house or a care home: "22 k3", "2 K 4", "7 k.3", "7 kamer 12" (before "22 K");
    # a flat in a block: "2 app 9", "14 app. 3", "6 apt 12", "1 appartement 4".
    r"|[ ](?:[kK]\.?|kamer|app\.?|apt\.?|appartement)[ ]?\d{1,3}(?![\w]|[.,]\d)"
    # A chalet or caravan on a park: "17 ch 3", "2 chalet 12".
    r"|[ ](?:ch|chalet)[ ]?\d{1,3}(?![\w]|[.,]\d)"
    # "80.2": the floor after a dot (not "2.5 km": a measure after it stays, see below).
    r"|\.[1-9](?![\w]|[.,]\d|[ ](?:miljoen|mln|miljard)\b)"
    r"|[ ](?:[A-Z]|bis|hs|I{2,3})(?![\w])"
    # "120 A1", "7 B2": a letter and a floor or unit
    r"|[ ][A-H][1-9](?![\w])"
    # Dutch toevoegingen for a floor or part of a house: "3 bv", "8 zw", "6 1hg", "31 bg".
    r"|[ ](?:bv|bov|bg|hs|hg|zw|rd|[1-4]hg|[1-4]h|III|II|IV)(?![\w])"
    # A houseboat ("7 ws", woonschip; Round 39: "10 wb", woonboot) and a unit of a business
    # building ("12 unit 3").
    r"|[ ]w[sb](?![\w])|[ ]units?[ ]?\d{1,3}(?![\w])"
    # A colour or floor of a house closing the phrase: "19 rood", "8 zwart", "14 boven".
    r"|[ ](?:rood|zwart|boven|beneden|huis|achter)(?=[ ]*[,;:)\n]|[ ]*$|\.(?:[ ]|$))"
    # Round 49: "91 rood Broekhuizen": the colour before the place
    r"|[ ](?:rood|zwart)(?=[ ]+[A-Z][a-z])"
    # "140 c 8012 DJ": a letter before the postcode.
    r"|[ ][a-z](?=[ ]+[1-9]\d{3}[ ]?[A-Za-z]{2}(?!\w))"
    r"|[ ][a-z](?=[,;)?!]|[ ]*$|[ ]*\n|\.(?:[ ]|$))"
    # "Eikenlaan 9 c blaft", "Zuideinde 4 b en 4 c", "Veenweg 3 b:": a letter before a word;
    # "Hoofdstraat 60 b 47-72-ZX": before the next item of a list of data
    r"|[ ][a-h](?=:|[ ]+[^\W\d_]|[ ]+\d{1,3}-))?"
    r"(?![\w]|[.,:]\d|[ ]?(?:weken|week|dagen|dag|uur|u|keer|x|jaar|maanden|maand|minuten|min|"
    r"meter|m|km|bomen|stuks|personen|mensen|procent|%|euro|€|cm|mm|kg|ton|graden|°|"
    r"woningen|huizen|auto's|plekken|containers)\b)"
)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*\.?|'t|'s")
_ASCII_WORD_RE = ascii_twin(_WORD_RE)  # (round speed49)
# Words that open a multi-word street name: "Burgemeester Knappertlaan", "Gedempte Gracht".
_STREET_PREFIXES = words("""burgemeester burg. burg prins prinses koning koningin graaf gravin hertog generaal
    kolonel pastoor dominee ds. professor prof. dokter dr. mr. meester jonkheer kapitein
    minister president sint st. oude nieuwe korte lange hoge lage grote kleine noord zuid oost
    west noorder zuider ooster wester binnen buiten achter voor boven beneden gedempte
    heilige pater broeder zuster admiraal kardinaal bisschop nw. nw gr. kl. pr. jhr. jhr
    mgr. mgr kromme smalle brede scheve halve dwarse wethouder weth. weth gen. past. kon.
    burgem. pres. commissaris gouverneur luitenant majoor baron barones ritmeester""")
# The titles among them, before the person a street is named after.
_PERSON_TITLE_PREFIXES = words("""burgemeester burg dokter dr mr meester professor prof pastoor
    dominee ds generaal kolonel kapitein jonkheer jhr minister admiraal pater zuster broeder
    bisschop kardinaal mgr wethouder weth gen past burgem pres commissaris gouverneur luitenant
    majoor baron barones ritmeester""")
# Words that say the next words are somebody's address.
_ADDRESS_CUE_RE = re.compile(
    r"(?:\b(?:post|woon|bezoek|factuur)?adres\w*(?:[ ]is)?|(?:woon\w*|wonen)(?:[ ]\w+){0,3}[ ](?:op|aan|in)|"
    # Round 25: "ophaaladres Fazant 3", "afleveradres: ..." (a compound, not a mail address);
    # "het adres voor de post: Reiger 4"; "bij hem thuis, Fuut 2"; "naast ons huis, Fazant 8";
    # "overleden ..., laatst Reiger 9" (the last home of the deceased)
    r"\b(?!e-?mail|mail|web|ip)[a-zà-ÿ]{3,}adres\b(?:[ ]is)?|\badres\w*(?:[ ][^\W\d_]+){1,4}[ ]?:|"
    # Round 47: "adres moeder nog Esch 22?", "adres van de cliënt is ...": whose address it is
    r"\badres[ ](?:van[ ])?(?:de[ ]|het[ ]|mijn[ ]|zijn[ ]|haar[ ]|hun[ ])?(?:moeder|vader|ouders|"
    r"zoon|dochter|broer|zus|oma|opa|man|vrouw|partner|cli[eë]nt|klant|melder|bewoner|huurder)"
    r"(?:[ ](?:nog|nu|is|was|wordt|blijft|dan))*|"
    # Round 43: "blijft bij haar zus in Rogat 14", "logeert bij zijn broer op ...": a stay
    r"\b(?:blijft|blijven|verblijft|verblijven|logeert|logeren|slaapt|slapen|intrekt)[ ]bij"
    r"(?:[ ][^\W\d_]+){1,2}[ ](?:op|aan|in)|"
    r"\bthuis[ ]?,|\b(?:huis|hûs|woning)(?:[ ][^\W\d_]+)?[ ]?,|[,;][ ]laatst(?:[ ](?:wonend|woonachtig))?(?:[ ](?:op|aan))?|"
    # "woont Ezinge 4", "woont zelf Blankenstein 4", "wonen nu Rogat 9"
    # "ik woon nu Haakswold 5": the first person too
    r"\b(?:woont|wonen|woonde|woon|wonend)(?:[ ](?:zelf|nu|daar|hier|er|ook|nog|tegenwoordig))?(?=[ ]$)|"
    # "bewoner van Rietvink 9", "de buren van Hazelaar 11": whose home it is
    r"\b(?:bewoners?|bewoonster|buren|buurman|buurvrouw)[ ]van(?=[ ]$)|"
    r"wonend[ ](?:op|aan)|verhuisd[ ]naar|"
    # In English: "we now live at Stouwe 5", "my address is Darp 3", "moved to Rogat 12".
    r"\b(?:live|lives|lived|living|stay|stays|staying)[ ](?:at|on)|\baddress(?:[ ]is)?|"
    r"\bmoved[ ]to|"
    r"ingeschreven[ ](?:op|aan)|verhuist[ ]naar|woont[ ]nu[ ]op|"
    # "ik stuur de brief naar Heidebloem 22", "de pas wordt verstuurd naar Hoge Es 3": where a
    # letter is sent to is somebody's home
    r"\b(?:stuur|stuurt|sturen|verstuur|verstuurt|verstuurd|gestuurd|opgestuurd|bezorgd|"
    r"bezorgen)\b(?:[ ](?!naar\b)[^\W\d_]+){0,4}[ ]naar|"
    # "woont vlakbij, Blankenstein 112", "woont hier achter: Vennegoor 3"
    r"\bwoon(?:t|de|en)(?:[ ][^\W\d_]+){0,2}[ ]?[,:])\W{0,3}$",
    re.I,
)
_ASCII_NUMBER_RE = ascii_twin(_NUMBER_RE)  # on an ASCII text (faster, the same matches)
_ASCII_ADDRESS_CUE_RE = ascii_twin(_ADDRESS_CUE_RE)
_INITIALS_RE = re.compile(r"(?:[A-Z]\.)+")
# A patronymic between a first name and a surname in a street's name: "Pieterszoon", "Willemsz.".
_PATRONYMIC_ENDINGS = ("szoon", "sz.", "sdochter")
# (Round 34: English "on" too: "the Groen family on Weerwille 8")
_PREPOSITIONS = words("bij op aan naar voor naast tegenover on")
_ABBREVIATED_SUFFIXES = ("str", "ln", "gr", "pln", "wg")
# Particles written short in a street's name after initials: "J. v. Goyenstr", "H. v. d. Veldestr.".
_ABBREVIATED_PARTICLES = words("v. d. v.d. vd. vd v.d")
_HOUSE_NUMBER_WORDS = words("huisnr huisnr. huisnummer")
_DATE_AHEAD_RE = re.compile(r"\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})(?!\d)")
# A day of a month, or the first day of a range of days, after the number: "17 t/m 21 juni",
# "12 - 14 januari", "3 en 4 mei", "9 mrt".
_MONTH_AHEAD_RE = re.compile(
    r"(?:[ ]*(?:t/m|tm|tot(?:[ ]en[ ]met)?|en|-)[ ]*\d{1,2})?[ ]+"
    rf"(?:{'|'.join(MONTH_NAMES)}|"
    r"jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\b",
    re.I,
)
_YEAR_RE = re.compile(r"(?:19[5-9]|20[0-4])\d")
_YEARS_RE = re.compile(r"(?:19|20)\d{2}[ ]?[-/][ ]?(?:19|20)\d{2}")
# A postcode right after a house number: "Rogat 12, 7942 AB", "Darp 3 (7973 JA)".
_POSTCODE_AFTER_RE = re.compile(r"^(?:,|[ ]?\()?[ ]?[1-9]\d{3}[ ]?[A-Za-z]{2}\b")


# Round 30: "3p" is "3 personen" where a message counts more than one so ("Jan de Dijk 3p,
# Els Bos 2p"); a single "12p" stays a house number with its toevoeging.
_PERSONS_COUNT_RE = re.compile(r"(?<![\w-])\d{1,2}p(?![\w])")


def _counts_persons(text: str) -> bool:
    return len(_PERSONS_COUNT_RE.findall(text)) > 1


_CANAL_SIDES = frozenset({"NZ", "OZ", "ZZ", "WZ", "N.Z.", "O.Z.", "Z.Z.", "W.Z."})


def find_addresses(text: str, lex: Lexicon, persons: frozenset[str] = frozenset()) -> list[Span]:
    """Street name + house number, by street-name ending, an address cue or a following postcode.

    ``persons``: the lower-case words of names found as persons (review49: "Oksana zit nu op
    de Molenweg 3" is a resident's whereabouts, no firm's premises)."""
    spans = []
    streets: set[str] = set()
    for number in (_ASCII_NUMBER_RE if text.isascii() else _NUMBER_RE).finditer(text):
        if _YEARS_RE.fullmatch(number.group()) or _DATE_AHEAD_RE.match(text, number.start()):
            continue  # "Meppel 2024-2026": a period; "Sem Bakker 19/03/2018": a date
        if _counted_after(text, number.end(), lex):
            continue  # "in de Notaristuin 4 inbraken": a count of a plural noun
        if _MONTH_AHEAD_RE.match(text, number.end()) is not None:
            continue  # "kermis op de Markt 17 t/m 21 juni", "Kerkplein 3 mei": a date
        if number.group().endswith("p") and _counts_persons(text):
            continue  # "Jan de Dijk 3p, Els Bos 2p": a list of how many persons each
        chain = _words_before(text, number.start())
        if not chain or chain[0].group().lower() in CAR_MAKES:
            continue  # "Fiat 500", "Peugeot 208": a car's make and model, no street
        if len(chain) > 1 and chain[0].group().lower() in _HOUSE_NUMBER_WORDS:
            chain = chain[1:]  # Round 47: "Wheemweg huisnr 2a": the street before the word
        if len(chain) > 1 and chain[0].group() in _CANAL_SIDES and _is_cap(chain[1].group()):
            # Round 34: "Vaart NZ 51", "Kerkgracht O.Z. 4": the side of a canal (noordzijde,
            # oostzijde) between a street's name and its number is only ever written in an address.
            start = _extend_left(chain, 1, lex)
        else:
            start = _street_start(text, chain, number.end(), lex)
        if start is None and streets:
            start = _street_again(text, chain, streets)
        if start is not None and text[start].islower() and _YEAR_RE.fullmatch(number.group()):
            continue  # "lijst mantelzorgwaardering 2024": a word ending like a street, a year
        if _YEAR_RE.fullmatch(number.group()) and text.startswith(":", number.end()):
            continue  # "Kermis Stationspark 2027: ...": the year of a heading, no house number
        if (
            start is not None
            and _YEAR_RE.fullmatch(number.group())
            and is_event_compound(chain[0].group().lower())
        ):
            continue  # "Meppeler Kermisdagen 2027": an event's year, no house number
        if (
            start is not None
            and len(chain) > 1
            and _YEAR_RE.fullmatch(number.group())
            and chain[1].group().lower() in _SCHEME_WORDS
        ):
            continue  # Round 37: "Regeling Sportstimulering 2026": a scheme's year
        if start is not None and _scheme_compound_year(chain, number.group()):
            continue  # Round 48: "Havenverordening Meppel 2024": a scheme's compound, a year
        if start is not None:
            spans.append(Span(start, number.end(), "ADDRESS"))
            spans += _more_numbers(text, number.end())
            streets.add(text[start : number.start()].strip())
    if _TITLES_AFTER_COMMA_RE.search(text) is not None:
        homes = _homes_before_titled_names(text, spans)
        if homes:
            # "Esakker 2 (fam. Bos), Esakker 4 en ...": the street's other houses in the list
            named = frozenset(filter(None, (street_of(text[h.start : h.end]) for h in homes)))
            spans += homes
            spans += [
                s
                for s in numbers_in_streets(text, named, lex)
                if not any(f.start < s.end and s.start < f.end for f in spans)
            ]
    if "ummer " in text:
        spans += _neighbours_numbers(text, spans)
        if spans:
            spans += _same_number_again(text, spans)
    if spans and ("t/m" in text or "tot en met" in text or "t.m." in text):
        spans = [s for s in spans if not _house_range(text, s)]
    if spans:
        spans += _other_parts_of_houses(text, spans)
        if "V" in text:
            spans = [s for s in spans if not _FIRM_BEFORE_RE.search(text, 0, s.start)]
        spans = [s for s in spans if not _public_buildings(text, s, lex, persons)]
        if spans and ("nee" in text or "ja" in text or "Nee" in text or "Ja" in text):
            spans += _numbers_said_before_their_address(text, spans)
    return spans


# "de buren van nummer 16", "die van huisnummer 7 a": the people of a house on the street talked
# about, named by its number alone.
_NEIGHBOURS_NUMBER_RE = re.compile(
    # ("de bus die op nummer 12 staat": "die op" may start a clause about a thing)
    r"\b(?:die[ ]+van|(?:buren|mensen|bewoners?|bewoonster|buurman|buurvrouw|familie|fam\.?)[ ]+"
    r"(?:van|op))[ ]+((?:huis)?nummer[ ]+[1-9]\d{0,3}(?:[ ]?[a-zA-Z](?![\w]))?)(?![\w]|[.,]\d)",
    re.I,
)
_ASCII_NEIGHBOURS_NUMBER_RE = ascii_twin(_NEIGHBOURS_NUMBER_RE)  # (round speed49)


def _neighbours_numbers(text: str, found: list[Span]) -> list[Span]:
    return [
        Span(m.start(1), m.end(1), "ADDRESS")
        for m in (
            _ASCII_NEIGHBOURS_NUMBER_RE if text.isascii() else _NEIGHBOURS_NUMBER_RE
        ).finditer(text)
        if not any(s.start < m.end(1) and m.start(1) < s.end for s in found)
    ]


# Round 48: "Groenmarkt 4 rood, ... twee voordeuren op nummer 4": "nummer N" in the message
# that gives an address with the house number N is that house again.
# (the whole number: "Wheemweg 2a, dat is achter nummer 2" is the house in front; not in
# quotes, "ze zei \"de hoek, nummer 2\"": what someone said)
_NUMMER_N_RE = re.compile(r"\b(?:huis)?nummer[ ]+([1-9]\d{0,3})(?![\w\"”]|[.,]\d)", re.I)
_HOUSE_NUMBER_OF_RE = re.compile(
    r"[ ]([1-9]\d{0,3})(?=(?:[ ]+(?:rood|zwart|wit|groen|blauw|geel))?$|[ -]\d{1,3}$)"
)


def _same_number_again(text: str, found: list[Span]) -> list[Span]:
    numbers = {
        m.group(1)
        for s in found
        if s.label == "ADDRESS"
        and (m := _HOUSE_NUMBER_OF_RE.search(text, s.start, s.end)) is not None
    }
    if not numbers:
        return []
    return [
        Span(m.start(), m.end(), "ADDRESS")
        for m in _NUMMER_N_RE.finditer(text)
        if m.group(1) in numbers and not any(s.start < m.end() and m.start() < s.end for s in found)
    ]


# Round 24: "bewonersbrief voor Zuideinde 1 t/m 89": a range of house numbers is a stretch of
# the street, no one's home (a date's range, "Markt 17 t/m 21 juni", is left out before).
_RANGE_AFTER_RE = re.compile(r"[ ]*(?:t/m|t\.m\.|tot[ ]+en[ ]+met)[ ]*\d")
_RANGE_BEFORE_RE = re.compile(r"(?:t/m|t\.m\.|tot[ ]+en[ ]+met)[ ]*$")


# Round 41: "Hooiland 2 t/m 48 en Ooievaarslaan 1-31": in a message that gives a range of house
# numbers with "t/m", a hyphen between a number and a higher one is such a range too (elsewhere
# "Grote Oever 12-14" is one home over two numbers, "Klaproos 3-1" a flat).
_HYPHEN_RANGE_END_RE = re.compile(r"(\d{1,4})[ ]?-[ ]?(\d{1,4})$")


def _house_range(text: str, span: Span) -> bool:
    if (
        _RANGE_AFTER_RE.match(text, span.end) is not None
        or _RANGE_BEFORE_RE.search(text, max(0, span.start - 14), span.start) is not None
    ):
        return True
    hyphen = _HYPHEN_RANGE_END_RE.search(text, span.start, span.end)
    return (
        hyphen is not None
        and int(hyphen.group(2)) > int(hyphen.group(1))
        and _RANGE_AFTER_RE.search(text) is not None
    )


# Round 24: a house number written out in words, as a transcribed voice note has it ("ik woon
# op de kastanjelaan zesentwintig", "buurman van nummer achtentwintig"); 2 to 199 ("een" alone is
# the article).
_UNITS = "twee|drie|vier|vijf|zes|zeven|acht|negen"
_TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
_TEENS = "tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien"
_SPELLED_NUMBER = (
    rf"(?:honderd(?:en)?)?(?:(?:een|{_UNITS})(?:en|ën)(?:{_TENS})|{_TENS}|{_TEENS}|{_UNITS})"
    r"|honderd"
)
_SPELLED_GATE_RE = re.compile(rf"[ ](?:{_SPELLED_NUMBER})(?![\w])", re.I)
# How every number _SPELLED_NUMBER spells opens after its space, in lower case ("een" only
# before "en": "eenentwintig"), for a substring test before that pattern.
_SPELLED_OPENINGS = (
    " eenen",
    " twee",
    " drie",
    " vier",
    " vijf",
    " zes",
    " zeven",
    " acht",
    " negen",
    " tien",
    " elf",
    " twaalf",
    " dert",
    " veert",
    " twintig",
    " tacht",
    " honderd",
)
# Round speed46: the same substring tests as one search (every opening starts with a space, which
# the regex engine skips ahead to in C).
_SPELLED_OPENINGS_RE = holds_any_re(_SPELLED_OPENINGS)


def may_spell_a_number(text: str) -> bool:
    """``_SPELLED_GATE_RE.search(text)``, whose ignored case leaves the regex engine nothing to
    skip ahead with (it tries every branch at every space), behind substring tests in C on an
    ASCII text (elsewhere case folding may take letters that lower() keeps: always searched)."""
    if text.isascii() and _SPELLED_OPENINGS_RE.search(text.lower()) is None:
        return False
    return _SPELLED_GATE_RE.search(text) is not None


_SPELLED_HOME_RE = re.compile(
    r"\b(?:woon|woont|wonen|woonde|woonden|wonend)[ ]+(?:op|aan)[ ]+(?:((?:de|het)[ ]+))?"
    rf"([^\W\d_][\w'-]+)[ ]+(?:{_SPELLED_NUMBER})(?:[ ]+[a-dA-D](?![\w]))?(?![\w])",
    re.I,
)
# Round 25: "even aankloppen bij nummer twaalf", "aanbellen bij nr 9": the door of a house.
_AT_THE_DOOR = (
    r"\b(?:(?:aan)?klop(?:t|pen|te|ten)?|aanbel(?:t|len|de|den)?|aangebeld|aangeklopt)"
    r"(?:[ ]+(?:maar|even|dan|wel|eerst|gewoon|nog))*[ ]+bij"
)
_SPELLED_NEIGHBOURS_RE = re.compile(
    # ("mijn buurman kees van nummer negen": the neighbour's name may stand between)
    r"(?:\b(?:die[ ]+van|(?:buren|mensen|bewoners?|bewoonster|buurman|buurvrouw|familie|fam\.?)"
    rf"(?:[ ]+[^\W\d_]+)?[ ]+(?:van|op))|{_AT_THE_DOOR})"
    rf"[ ]+((?:huis)?nummer[ ]+(?:{_SPELLED_NUMBER}))(?![\w])",
    re.I,
)


# (Round 29b: nor the place the street is in: "op de Havelterweg honderdzeven in Havelte")
# (Round 43: nor a transcript's filler: "van de havelteweg eenendertig eh ik wil ...")
_SPELLED_COUNT_AFTER_RE = re.compile(
    r"[ ]*(?![ ]*(?:(?:en|ik|we|wij|maar|hè|he|eh|ehm|uh|uhm|euh|ehh)\b|(?:in|te)[ ]+[A-Z]))"
    r"[^\W\d_]"
)


# Round 26: "bij mevrouw x op de keplerstraat drieëntwintig", "op de dalweg nummer zestien": a
# street with a strong ending and a house number in words after "op de"/"aan de", no living
# verb needed (a voice message says where the speaker stands); a count reads "twee rondjes".
_FILLER = r"(?:eh|ehm|uh|uhm|euh|ehh),?"
_STREET_SPELLED_STEMS = ("straat ", "laan ", "weg ", "plein ", "singel ", "gracht ", "kade ")
_STREET_SPELLED_RE = re.compile(
    # (Round 29b: a transcript's filler around "de": "op de eh Havelterweg honderdzeven")
    # (Round 30: after "mijn adres is": "mijn adres is Vlinderweg achttien in Nijeveen")
    # (Round 34: also "van"/"bij" and without the article: "mevrouw Vos van Kaapstraat negentien")
    rf"\b(?:(?:op|aan|van|bij)(?:[ ]+(?:{_FILLER}[ ]+)?de)?|(?:mijn|ons|het)[ ]+adres[ ]+is(?:[ ]+de)?)[ ]+"
    rf"(?:{_FILLER}[ ]+)?"
    r"([^\W\d_][\w'-]*(?:straat|laan|weg|plein|singel|gracht|kade))"
    rf"[ ]+(?:(?:huis)?nummer[ ]+)?(?:{_SPELLED_NUMBER})(?:[ ]+[a-dA-D](?![\w]))?(?![\w])",
    re.I,
)


# Round 33: "ericaweg nummer vijftien hier", "de Stationsweg huisnummer twaalf": a street with a
# strong ending and "nummer" before the number in words, anywhere; "nummer" makes it no count.
_STREET_NUMBER_SPELLED_RE = re.compile(
    r"(?<![\w'-])([^\W\d_][\w'-]*(?:straat|laan|weg|plein|singel|gracht|kade))"
    rf"[ ]+(?:huis)?nummer[ ]+(?:{_SPELLED_NUMBER})(?:[ ]+[a-dA-D](?![\w]))?(?![\w])",
    re.I,
)


def _streets_spelled(text: str) -> list[Span]:
    return [
        Span(match.start(1), match.end(), "ADDRESS")
        for match in _STREET_SPELLED_RE.finditer(text)
        if _SPELLED_COUNT_AFTER_RE.match(text, match.end()) is None
    ] + [
        Span(match.start(1), match.end(), "ADDRESS")
        for match in _STREET_NUMBER_SPELLED_RE.finditer(text)
    ]


def spelled_homes(text: str, lex: Lexicon) -> list[Span]:
    """A street and a house number in words after a living cue, and a neighbour's "nummer" in
    words: a street word ("kastanjelaan") opens the address; a name without one ("de wheem")
    opens it with its article, and is no everyday word ("op de camping twee weken")."""
    # (cheap tests in C first: most messages say nothing of where anyone lives)
    lives = "woon" in text or "wonen" in text or "ummer " in text
    low = text.lower()
    streets = holds_any(low, _STREET_SPELLED_STEMS)
    if not (lives or streets) or not may_spell_a_number(text):
        return []
    out = _streets_spelled(text) if streets else []
    if not lives:
        return out
    for match in _SPELLED_HOME_RE.finditer(text):
        street = match.group(2).lower()
        if street_suffix(street) in STRONG_STREET_SUFFIXES:
            start = match.start(2)
        elif street in lex.frequent_words or (
            street in lex.dutch_words
            # Round 25: "ik woon op de kluut zeventien en ...": an ordinary word (a bird, a
            # plant) after "op de" names the street where nothing is counted after the number
            # ("op de camping twee weken")
            and (not match.group(1) or _SPELLED_COUNT_AFTER_RE.match(text, match.end()) is not None)
        ):
            continue
        elif street in lex.dutch_words:
            start = match.start(2)
        else:
            start = match.start(1) if match.group(1) else match.start(2)
        out.append(Span(start, match.end(), "ADDRESS"))
    for match in _SPELLED_NEIGHBOURS_RE.finditer(text):
        out.append(Span(match.start(1), match.end(1), "ADDRESS"))
    return out


# "nee 44. Prinsengracht 44", "ja 12, Esweg 12": a bare number answered, then the address that
# has it as its house number.
_ANSWERED_NUMBER_RE = re.compile(
    r"(?:^|[.!?][ ]*)(?:nee|ja|nope|klopt)[ ,]+(\d{1,4}[ ]?[a-zA-Z]?)(?=[ ]*[.,!;:])", re.I
)


def _numbers_said_before_their_address(text: str, spans: list[Span]) -> list[Span]:
    out = []
    for match in _ANSWERED_NUMBER_RE.finditer(text):
        number = match.group(1).replace(" ", "").lower()
        for span in spans:
            house = _HOUSE_NUMBER_IN_ADDRESS_RE.search(text, span.start, span.end)
            if (
                span.start >= match.end()
                and house is not None
                and text[house.start(1) : span.end].replace(" ", "").lower() == number
            ):
                out.append(Span(match.start(1), match.end(1), "ADDRESS"))
                break
    return out


def _premises_right_before(text: str, start: int) -> bool:
    """Round 46: a premises word (after its determiner or "adres") right before ``start``."""
    if start < 4 or text[start - 1] != " ":
        return False
    word = text[text.rfind(" ", 0, start - 1) + 1 : start - 1].rstrip(":").lower()
    return (
        word in _PREMISES_WORDS
        and _PREMISES_RIGHT_BEFORE_RE.search(text, max(0, start - 48), start) is not None
    )


def _public_buildings(
    text: str, span: Span, lex: Lexicon, persons: frozenset[str] = frozenset()
) -> bool:
    """The address of a public building or a business's premises named right before or after
    it, where nobody says they live there ("ik woon naast het zwembad, Kerkstraat 4" is a
    home)."""
    if (
        _PUBLIC_BUILDING_BEFORE_RE.search(text, max(0, span.start - 40), span.start) is None
        and (_ASCII_PREMISES_BEFORE_RE if text.isascii() else _PREMISES_BEFORE_RE).search(
            text, max(0, span.start - 40), span.start
        )
        is None
        and not _premises_right_before(text, span.start)
        and _PREMISES_AFTER_RE.match(text, span.end) is None
        and _BUILDING_IN_BRACKETS_RE.match(text, span.end) is None
        and not _organisation_in_brackets(text, span.end)
        and not _firm_sits_at(text, span.start, lex, persons)
        and not _firm_named_before(text, span.start)
        and not _premises_round48(text, span, lex)
    ):
        return False
    return (
        _LIVING_BEFORE_RE.search(text, max(0, span.start - 80), span.start) is None
        and _DWELLING_IN_SENTENCE_BEFORE_RE.search(text, max(0, span.start - 80), span.start)
        is None
        and _LIVING_IN_ENGLISH_AFTER_RE.search(text, span.end, span.end + 60) is None
        and not _lives_at_it_after(text, span.end)
    )


# Round 48: "de sleutel ligt bij het havenkantoor, ...", "staat in de loods aan de ...", "bij het
# Isala Diaconessenhuis aan de ...": an office, a shed, a shelter or a named house right before
# the address; "de nachtopvang van Leger des Heils bellen, aan de ...": such a place of a named
# body; "in De Plataan, ...", "naar Het Kompas, ...": a venue named with a capital article.
_PREMISES_R48_BEFORE_RE = re.compile(
    r"\b(?:in|bij|naar|van|aan)[ ]+(?:de|het|ons|onze|hun)[ ]+(?:[A-Z][\w'-]*[ ]+){0,2}"
    r"(?:[A-Za-z]*(?:kantoor|loods|opvang|magazijn)|[A-Z][a-z]+huis)"
    r"(?:[ ]*,[ ]*|[ ]+(?:aan|op)[ ]+(?:de[ ]+|het[ ]+)?)$"
    r"|\b(?:de|het)[ ]+[a-z]*(?:opvang|kantoor|loods)[ ]+van[ ]+[A-Z][^.!?\n,]{0,40},[ ]*"
    r"(?:aan|op)[ ]+(?:de[ ]+|het[ ]+)?$"
)
# (a venue, no frequent surname: "bij De Vries, Kerkweg 22" may be a family's home)
_VENUE_R48_BEFORE_RE = re.compile(
    r"\b(?:in|naar|bij)[ ]+(?:De|Het|'t)[ ]+([A-Z][a-z]{3,})[ ]*,[ ]*$"
)
# Round 48: "Leeuwte 12, dat is toch de loods van ...": premises said after with a particle
_PREMISES_R48_AFTER_RE = re.compile(
    r"[ ]*,[ ]*dat[ ]+is[ ]+(?:toch|ook|dus|gewoon|wel|nu)[ ]+(?:de|het|hun|zijn|haar)[ ]+"
    r"(?:loods|winkel|zaak|kantoor|werkplaats|magazijn|garage|bedrijfspand|praktijk|schuur|"
    r"kapsalon|bakkerij|slagerij|school|kinderopvang)\b",
    re.I,
)


def _premises_r48_words(window: str) -> bool:
    return (
        "kantoor" in window
        or "loods" in window
        or "opvang" in window
        or "magazijn" in window
        or "huis" in window
    )


def _premises_round48(text: str, span: Span, lex: Lexicon) -> bool:
    window = text[max(0, span.start - 90) : span.start]
    if " toch " in window or " nog " in window:
        still = _FIRM_SITS_STILL_BEFORE_RE.search(text, max(0, span.start - 70), span.start)
        if still is not None:
            run = still.group(1).split()
            while len(run) > 1 and run[0] in ("de", "het", "'t", "van", "en"):
                run.pop(0)
            if run[0][:1].isupper() and any(
                w[:1].isupper() and is_firm_word(w.lower()) for w in run
            ):
                return True
    if "," not in text and " aan " not in text:
        return False  # (every form below has one of these: a cheap test in C first)
    if (
        _premises_r48_words(window)
        and _PREMISES_R48_BEFORE_RE.search(text, max(0, span.start - 90), span.start) is not None
    ):
        return True
    if "dat is" in text[span.end : span.end + 12]:
        return _PREMISES_R48_AFTER_RE.match(text, span.end) is not None
    if "De " not in window and "Het " not in window and "'t " not in window:
        return False
    venue = _VENUE_R48_BEFORE_RE.search(text, max(0, span.start - 30), span.start)
    if venue is not None:
        low = venue.group(1).lower()
        # (not "in De Schiphorst, De Schiphorst 11": a hamlet, the home's place)
        return (
            low not in lex.common_surnames
            and low not in lex.common_first_names
            and low not in lex.places
        )
    return False


# review46: a firm's premises that are a home too, said after the address in the same
# sentence: "Bakker Schilderwerken, Kerkstraat 5, daar woont hij ook", "Okonkwo Schoonmaak
# (Kerkstraat 5, woonhuis)", "de zaak is Hoofdstraat 12, de eigenaar slaapt erboven".
_LIVING_AFTER_RE = re.compile(
    r"\b(?i:woon\w*|wonen|woonde|woonden|slaapt|slapen|sliep|bewoner|bewoners|gezin|erboven|"
    r"bovenwoning|privéadres|priveadres|thuisadres|huisadres|thuis|aan[ ]huis)\b"
)
_SENTENCE_END_RE = re.compile(r"[.!?\n](?:[ ]|$)")
# (not "geen bewoners nu", "hij woont zelf in Havelte", "bennie woont ernaast op Dorpsstraat 14",
# "ik woon Marktstraat 2-B": nobody, or a home elsewhere)
_NOBODY_BEFORE_RE = re.compile(r"\b(?:geen|niet|niemand|nooit)[ ]+(?:\w+[ ]+)?$", re.I)
_ELSEWHERE_AFTER_RE = re.compile(
    # (Round 46: also after a comma, "ons huis erboven, Hoofdstraat 41a": another house)
    r"[ ]*,?[ ]+(?:[\w']+[ ]+){0,2}?(?:(?:in|op|aan|te)[ ]+[A-Z]|[A-Z][\w-]*[ ]+\d|"
    r"(?:ernaast|elders|zelf|ergens|verderop|tegenover|nu)\b)"
)


def _lives_at_it_after(text: str, end: int) -> bool:
    """Whether the sentence after an address says someone lives or sleeps there (see above)."""
    for m in _LIVING_AFTER_RE.finditer(text, end, _sentence_end(text, end, 80)):
        if _NOBODY_BEFORE_RE.search(text, max(end, m.start() - 16), m.start()) is None and (
            _ELSEWHERE_AFTER_RE.match(text, m.end()) is None
        ):
            return True
    return False


def _sentence_end(text: str, start: int, most: int) -> int:
    stop = _SENTENCE_END_RE.search(text, start, start + most)
    return stop.start() if stop is not None else min(len(text), start + most)


# review44: "the shop is Hoofdstraat 63 and I live above it", "my garage is Kerkstraat 5, that is
# my house": a home said after a business's premises in English.
_LIVING_IN_ENGLISH_AFTER_RE = re.compile(
    r"\b(?i:live|lives|lived|living|sleeps|upstairs)\b"
    r"|\b(?i:my|our|his|her|their)[ ]+(?i:house|home)\b|'s[ ]+(?i:flat|house|home)\b"
)


# A business's premises: "zijn winkel is Hoofdstraat 8", "naar het bedrijf, Esweg 3",
# "Esweg 3, zijn zaak", "Oever 9, dat is het pand van De Boekenwurm", "Weg 30 is hun pand".
_PREMISES = (
    r"(?:winkel|zaak|bedrijf|bedrijfspand|bedrijfsadres|vestiging|filiaal|kantoor|werkplaats|"
    r"showroom|kapsalon|salon|praktijk|atelier|loods|magazijn|garage|restaurant|caf[eé]|"
    r"clubgebouw|clubhuis|kantine|kantoorpand|winkelpand|"
    # Round 26: "Ampèrestraat 66 is de kinderopvang ...": where children are minded, a chemist's
    r"kinderopvang|kinderdagverblijf|peuterspeelzaal|buitenschoolse[ ]+opvang|apotheek|"
    # Round 46: "Kolderveen 40, de zorgboerderij": a care farm's day care
    r"zorgboerderij|"
    # Round 47: "de bakkerij zit op ...", "school zit op ...": a shop of a trade, a school
    r"bakkerij|slagerij|[a-z]*school)"
)
_PREMISES_BEFORE_RE = re.compile(
    r"\b(?:het|de|zijn|haar|hun|z'n|d'r)[ ]+"
    + _PREMISES
    + r"(?:[ ]*[,:][ ]*|[ ]+(?:is|zit|staat|ligt|zat)[ ]+(?:(?:op|aan)[ ]+)?(?:de[ ]+|het[ ]+)?)$"
    # "van Berg Mode, winkel op Prinsengracht 27": the premises word where it stands, bare
    r"|(?:^|[,;:][ ]*)" + _PREMISES + r"[ ]+(?:op|aan)[ ]+(?:de[ ]+|het[ ]+)?$"
    # Round 47: "en school zit op ...", "restaurant zit toch op ...": a premises word without
    # its article where it sits (no person is called by it)
    r"|\b(?:[a-z]*school|restaurant|caf[eé]|bakkerij|slagerij|winkel|supermarkt|apotheek|"
    r"vestiging|filiaal|kantoor|fabriek|kinderopvang)"
    r"[ ]+(?:zit|zat|zitten|zaten)(?:[ ]+(?:toch|nu|ook|daar))?[ ]+"
    r"(?:op|aan)[ ]+(?:de[ ]+|het[ ]+)?$"
    # Round 34: in English, "the shop is Hoofdstraat 63", "our office is at ..."
    r"|\b(?:the|our|my|his|her|their)[ ]+(?:shop|store|office|restaurant|business|company|salon|"
    r"workshop|bakery|garage|caf[eé])(?:[ ]*[,:][ ]*|[ ]+is[ ]+(?:(?:at|on|in)[ ]+)?(?:the[ ]+)?)$",
    re.I,
)
_ASCII_PREMISES_BEFORE_RE = ascii_twin(_PREMISES_BEFORE_RE)  # (round speed49)
# Round 46: "de winkel Hoofdstraat 41 en ons huis erboven, ...", "bij ons pand Mandemaat 12",
# "adres kantoor Industrieweg 8": the premises word right before the address ("het pand Darp 17
# staat leeg" may be a home: "pand" only as a firm's own, "ons pand"). Searched only when the
# word before the address is such a word (a cheap test first).
_PREMISES_RIGHT_BEFORE_RE = re.compile(
    r"(?:\b(?:de|het|ons|onze|hun|mijn|zijn)[ ]+" + _PREMISES + r"|\b(?:ons|onze|hun)[ ]+pand"
    r"|\badres[ ]+(?:van[ ]+)?(?:de[ ]+|het[ ]+|ons[ ]+|onze[ ]+|hun[ ]+)?" + _PREMISES + r"[ ]*:?)"
    r"[ ]+$",
    re.I,
)
_PREMISES_WORDS = words("""winkel zaak bedrijf bedrijfspand bedrijfsadres vestiging filiaal kantoor
    werkplaats showroom kapsalon salon praktijk atelier loods magazijn garage restaurant cafe café
    clubgebouw clubhuis kantine kantoorpand winkelpand kinderopvang kinderdagverblijf
    peuterspeelzaal opvang apotheek zorgboerderij pand bakkerij slagerij school""")


# "Kerkplein 3 (Mariakerk)", "Schoolstraat 2 (basisschool)": the building the address is of,
# named in brackets right after it.
_BUILDING_IN_BRACKETS_RE = re.compile(
    r"[ ]*\([ ]*(?:de[ ]+|het[ ]+)?[^\W\d_]*(?:kerk|kapel|moskee|synagoge|school|bibliotheek|"
    r"museum|schouwburg|theater|sporthal|zwembad|stadhuis|gemeentehuis|raadhuis|kantoor|"
    r"winkel|fabriek|loods|"
    # Round 43: "Dorpsstraat 12 (het dorpshuis)": a village's or a club's house
    r"dorpshuis|buurthuis|clubhuis|wijkcentrum|buurtcentrum|gemeenschapshuis|kantine)[ ]*\)",
    re.I,
)
# "Scheper Transport zit op Blankenstein 310", "voor Drukkerij Stoker op Kleine Oever 14",
# "Café De Kastanjeboom zit op ...": a firm named by a word firms are named with, then where it
# sits; the capitalised words before "op"/"aan".
_FIRM_SITS_BEFORE_RE = re.compile(
    r"(?<![\w'-])((?:(?:[A-Z][\w'&-]*|de|het|'t|van|en|&)[ ]+){2,5})"
    r"(?:(?:zit|zitten|zat|staat|ligt|is[ ]+gevestigd|zit[ ]+gevestigd)[ ]+)?(?:op|aan)[ ]+"
    r"(?:de[ ]+|het[ ]+)?$"
)
# Round 48: "Voedselbank Meppel zit nog op ...", "... & Partners zit toch aan ...": the same with
# an adverb (a pattern of its own, searched only where "zit nog"/"zit toch" is written)
_FIRM_SITS_STILL_BEFORE_RE = re.compile(
    r"(?<![\w'-])((?:(?:[A-Z][\w'&-]*|de|het|'t|van|en|&)[ ]+){2,5})"
    r"(?:zit|zitten|zat)[ ]+(?:toch|nog)[ ]+(?:op|aan)[ ]+(?:de[ ]+|het[ ]+)?$"
)


_SITS_AT_ENDINGS = ("op ", "aan ", "op de ", "aan de ", "op het ", "aan het ")


# Round 38: "Flexwonen Drenthe BV, ze zitten op ...", "Jansen Metaal B.V. die zit op ...": a
# firm by its legal form, then where "they" sit.
_LEGAL_FORM_THEY_SIT_BEFORE_RE = re.compile(
    r"(?<![\w.])(?:BV|B\.V\.|NV|N\.V\.)[ ]*[,.]?[ ]*(?:ze|zij|die|het)[ ]+"
    r"(?:zitten|zit|zat|zaten)[ ]+(?:op|aan)[ ]+(?:de[ ]+|het[ ]+)?$"
)


# Round 47: "Wavin zit op Industrieweg 22", "ok. Dynniq zit toch op ...": one capitalised word
# that sits at the address (a person "woont"; a first name, surname or word of the language is
# left alone: "Gerrit zit op Kerkstraat 14, bij zijn moeder").
_ONE_WORD_SITS_BEFORE_RE = re.compile(
    r"(?:^|[.!?,:;][ ]*|\b(?:en|ok|oke|ja|nee)[ ]+)([A-Z][a-z]{2,}[A-Za-z]*)[ ]+"
    r"(?:zit|zitten|zat|is[ ]+gevestigd)(?:[ ]+(?:toch|nu|ook|daar))?[ ]+(?:op|aan)[ ]+"
    r"(?:de[ ]+|het[ ]+)?$"
)


def _firm_sits_at(
    text: str, start: int, lex: Lexicon, persons: frozenset[str] = frozenset()
) -> bool:
    if not text.endswith(_SITS_AT_ENDINGS, 0, start):
        return False  # (most addresses: a cheap test in C before the pattern)
    if _LEGAL_FORM_THEY_SIT_BEFORE_RE.search(text, max(0, start - 40), start) is not None:
        return True
    match = _FIRM_SITS_BEFORE_RE.search(text, max(0, start - 70), start)
    if match is None:
        one = _ONE_WORD_SITS_BEFORE_RE.search(text, max(0, start - 40), start)
        if one is None:
            return False
        low = one.group(1).lower()
        return not (
            low in lex.first_names
            or low in lex.surnames
            or low in lex.dutch_words
            or low in lex.frequent_words
            or low in lex.places
            or low in persons
        )
    run = match.group(1).split()
    # (round 37: "naar de Sportcampus Zuid op ...": the sentence's article before the name;
    # round 47: "de vestiging van Kok Dakdekkers zit op ...": the "van" of whose it is)
    while len(run) > 1 and run[0] in ("de", "het", "'t", "van", "en"):
        run.pop(0)
    return run[0][:1].isupper() and any(w[:1].isupper() and is_firm_word(w.lower()) for w in run)


# Review49: "ok. Oksana zit nu op de Molenweg 3": a one-word name found as a person before "zit op".
_ONE_WORD_SITTER_RE = re.compile(
    r"\b([A-Z][a-z]{2,}[A-Za-z]*)[ ]+(?:zit|zitten|zat|is[ ]+gevestigd)\b"
)


def addresses_of_persons_sitting(
    text: str, persons: frozenset[str], found: list[Span], lex: Lexicon
) -> list[Span]:
    """The addresses a person "zit op" that the one-word firm rule left out (see above): only
    when such a person is named, the addresses are found again without that rule for them."""
    if not any(m.group(1).lower() in persons for m in _ONE_WORD_SITTER_RE.finditer(text)):
        return []
    return [
        s
        for s in find_addresses(text, lex, persons)
        if not any(f.start < s.end and s.start < f.end for f in found)
    ]


# "Snackbar De Smulhoek, Kerkplein 2", "Dorpshuis Het Anker, Dorpsweg 1": a name opened by a word
# firms or public buildings are named with, then a comma and the address.
_FIRM_NAMED_BEFORE_RE = re.compile(
    r"(?:^|[,;:.!?(][ ]*|[ ](?=[A-Z])|\b[a-z]+[ ])([A-Z][\w'-]*)((?:[ ]+(?:[A-Z][\w'&-]*|de|het|'t|"
    r"van|des|der|&)){0,3})[ ]*(?:,|\()[ ]*$"
)
# Round 36: "Kok Installatietechniek, ingeschreven op Ambachtsweg 4", "Bakkerij Smit is gevestigd
# aan de ...": a firm registered or established at the address.
_FIRM_REGISTERED_BEFORE_RE = re.compile(
    r"(?<![\w'-])([A-Z][\w'&-]*(?:[ ]+(?:[A-Z][\w'&-]*|de|het|'t|van|&)){0,3})[ ]*,?[ ]+"
    r"(?:is[ ]+|staat[ ]+|zit[ ]+)?(?:ingeschreven|gevestigd|geregistreerd)[ ]+(?:op|aan)[ ]+"
    r"(?:de[ ]+|het[ ]+)?$"
)
_OF_A_FIRM_BEFORE_RE = re.compile(r"\b(?:van|bij|voor)[ ]+$")
_BUILDINGS = words("""dorpshuis buurthuis wijkcentrum clubhuis kerk school bibliotheek zwembad
sporthal gemeentehuis stadhuis""")


def _firm_named_before(text: str, start: int) -> bool:
    if text.endswith(("op ", "aan ", "de "), 0, start) and (
        registered := _FIRM_REGISTERED_BEFORE_RE.search(text, max(0, start - 80), start)
    ):
        # (review46: not "Pieter, de eigenaar van Jansen Bouw, is ingeschreven op ...": a
        # person of the firm is registered there, a home)
        return _OF_A_FIRM_BEFORE_RE.search(
            text, max(0, registered.start(1) - 8), registered.start(1)
        ) is None and any(is_firm_word(w.lower()) for w in registered.group(1).split())
    if not text.endswith((", ", ",", "(", "( "), 0, start):
        return False  # (most addresses: a cheap test in C before the pattern)
    match = _FIRM_NAMED_BEFORE_RE.search(text, max(0, start - 60), start)
    if match is None:
        return False
    head = match.group(1).lower()
    if not match.group(2):
        # Round 37: "de Beatrixschool, Schoolstraat 12", "bij Humanitas, Kerkplein 3": one word,
        # a building's compound ("-school", "-kerk") or a listed organisation
        # (round 47: "..., Gemeentehuis, Raadhuisplein 1": the building's own word too)
        return (
            head in _single_word_organisations()
            or head in _BUILDINGS
            or any(head.endswith(b) and len(head) > len(b) + 2 for b in _BUILDINGS)
        )
    # Round 36: "Akkerman Dakwerken (Industrieweg 40)", "Taalhuis Meppel, ...": the word firms
    # are named with may close the name too, and a public house of learning or care opens one
    rest = [w.lower() for w in match.group(2).split() if w[:1].isupper()]
    # Round 38: "bij Het Leger des Heils, Noteboomstraat 4": an organisation the lexicon lists
    name = " ".join(text[match.start(1) : match.end(2)].lower().split())
    return (
        name in _organisation_names()
        or name.removeprefix("het ").removeprefix("de ") in _organisation_names()
        or is_firm_word(head)
        or head in _BUILDINGS
        or head.endswith(_PUBLIC_HOUSE_ENDINGS)
        or any(is_firm_word(w) for w in rest)
    )


@cache
def _organisation_names() -> frozenset[str]:
    """The names of data/organisations.txt, in lower case ("leger des heils", "hema")."""
    return frozenset(" ".join(n.lower().split()) for n in shipped_names())


# Round 38: "Woldstraat 28 (de HEMA)", "Kerkplein 1 (Rabobank)": an organisation the lexicon
# lists, in brackets right after its address.
_NAME_IN_BRACKETS_RE = re.compile(r"[ ]?\([ ]?(?:de[ ]+|het[ ]+)?([^()\s][^()]{0,38}[^()\s])[ ]?\)")


def _organisation_in_brackets(text: str, end: int) -> bool:
    if not text.startswith((" (", "("), end):
        return False
    match = _NAME_IN_BRACKETS_RE.match(text, end)
    return match is not None and " ".join(match.group(1).lower().split()) in _organisation_names()


@cache
def _single_word_organisations() -> frozenset[str]:
    """The one-word names of data/organisations.txt, in lower case ("humanitas", "rova")."""
    return frozenset(n.lower() for n in shipped_names() if " " not in n)


# Round 36: "Taalhuis Meppel", "Ziekenhuis Isala", "Inloophuis De Kajuit": public houses.
_PUBLIC_HOUSE_ENDINGS = ("taalhuis", "ziekenhuis", "inloophuis", "jongerenhuis", "gezondheidshuis")


_PREMISES_AFTER_RE = re.compile(
    r"(?:[ ]*,[ ]*(?:dat[ ]+is[ ]+|is[ ]+)?|[ ]+is[ ]+(?:gewoon[ ]+|ook[ ]+)?)"
    r"(?:(?:het|de|zijn|haar|hun|z'n|d'r)[ ]+" + _PREMISES + r"\b|(?:het|hun)[ ]+pand\b)"
    # Round 46: "Groenmarkt 11, café pand": the kind of building after the comma
    r"|[ ]*,[ ]*(?:het[ ]+)?(?:caf[eé]|winkel|horeca|bedrijfs|kantoor)[ -]?pand\b"
    # Round 26: "Dokweg 5, oude werkplaats van Smederij Post": premises (once) of a named firm
    r"|[ ]*,[ ]*(?:de[ ]+|het[ ]+)?(?:(?:oude|voormalige|nieuwe|leegstaande)[ ]+)?"
    + _PREMISES
    + r"[ ]+van[ ]+[A-Z]"
    # Round 26: "Havenweg 3, open di en vr 9-17": opening hours, only a business has them
    r"|[ ]*(?:,[ ]*)?(?:open|geopend)[ ]+(?:op[ ]+|van[ ]+)?"
    r"(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|"
    r"dagelijks|elke|iedere|\d{1,2}(?:[:.]\d{2})?[ ]*[-–u])\b",
    re.I,
)


_LIVING_VERBS = words("woon woont wonen woonde woonden wonend")
# (Round 47: not "Woonconcept, Vlindersingel 2 is het kantoor": a housing corporation's name is
# no living word, a "woonzorgcentrum" is)
_LIVING_BEFORE_RE = re.compile(
    r"\b(?:(?!Woon(?:concept|stichting|bedrijf|punt|bron|service|plus|linie|kracht|"
    r"corporatie|stad|waard|borg|zorg)\b)(?i:woon\w*)|(?i:wonen|woont|verhuis\w*))\b"
)
# Round 47: "woning komt vrij bij Woonconcept, Talmastraat 23": a dwelling in the same sentence
# (not "die huren die woning. adres kantoor Industrieweg 8").
_DWELLING_IN_SENTENCE_BEFORE_RE = re.compile(r"\b(?i:woning)\b[^.!?\n]*$")
# "de milieustraat aan de Ambachtsweg 14", "in het stadhuis, Raadhuisplein 1": the address of a
# public building named right before it is the building's, nobody's home.
_PUBLIC_BUILDING_BEFORE_RE = re.compile(
    r"\b(?:het|de|ons|onze)[ ]+(?:\w*depot|\w*werf|stadhuis|gemeentehuis|raadhuis|milieustraat|afvalbrengstation|"
    r"milieupark|bibliotheek|zwembad|sporthal|politiebureau|brandweerkazerne|gemeentewerf|"
    r"stadskantoor|klantcontactcentrum|servicepunt|kantine|clubhuis|buurthuis|dorpshuis|"
    r"wijkcentrum|sportpark|kerk|school)"
    # Round 42: "het fietsdepot Bremenweg 3", "de gemeentewerf Industrieweg 8": a depot or a
    # yard, also with its address right after it
    r"(?:[ ]*,[ ]*|(?<=depot|.werf)[ ]+|[ ]+(?:aan|op|in|aan[ ]+de|op[ ]+de|in[ ]+de|aan[ ]+het|op[ ]+het)[ ]+|[ ]*\([ ]*"
    # "de kantine zelf is Sportlaan 1", "het clubhuis zit aan de Dijk 2"
    r"|(?:[ ]+zelf)?[ ]+(?:is|zit|staat|ligt)[ ]+(?:(?:op|aan)[ ]+)?(?:de[ ]+|het[ ]+)?)$",
    re.I,
)


# "Kuipers Transport BV, Industrieweg 30": the address right after a firm named by its legal form
# (a legal person, no private one) is the firm's.
_FIRM_BEFORE_RE = re.compile(r"(?<![\w.])(?:BV|B\.V\.|NV|N\.V\.)[ ]*(?:[,:][ ]*)?$")


_HOUSE_NUMBER_IN_ADDRESS_RE = re.compile(r"[ ](\d{1,5})(?!.*\d)")


_FLOOR_AFTER_RE = re.compile(r"[ ]+(?:verdieping|etage|woonlaag)\b", re.I)


def _other_parts_of_houses(text: str, found: list[Span]) -> list[Span]:
    """'Hoogeveenseweg 71, maar ik woon erboven, 71a', 'Kerkweg 4 en de bovenwoning 4 b': the
    house number of an address just named, with a toevoeging, is another part of that house.

    Review 57c: a number's parts are found once per text and each is judged once (what decides
    is the same for every address before it: a part that a found span or a part before it
    covers stays out), so a long text of many addresses of one number takes linear time."""
    out = []
    covered = bytearray(len(text) + 1)
    for s in found:
        covered[s.start : s.end] = b"\x01" * (s.end - s.start)
    parts: dict[str, tuple[list[re.Match[str]], list[int], list[int]]] = {}
    for span in found:
        number = _HOUSE_NUMBER_IN_ADDRESS_RE.search(text, span.start, span.end)
        if number is None or text.find(number.group(1), span.end) == -1:
            continue
        if number.group(1) not in parts:
            part = re.compile(
                rf"(?<![\w.,/-]){number.group(1)}(?:[ ]?[a-wyzA-WYZ]|[ ]?(?:bis|hs))(?![\w-])"
            )
            matches = list(part.finditer(text))
            parts[number.group(1)] = (matches, [m.start() for m in matches], [len(matches)])
        matches, starts, judged = parts[number.group(1)]
        first = bisect.bisect_left(starts, span.end)
        for match in matches[first : judged[0]]:  # (the ones after them are judged already)
            before = _WORD_RE.findall(text[max(0, match.start() - 20) : match.start()])
            if before and before[-1].rstrip(".").lower() in _NUMBERED_THINGS:
                continue  # "zie bijlage 4a": an annex, a room
            if _FLOOR_AFTER_RE.match(text, match.end()) is not None:
                continue  # Round 34: "Stationsweg 2, 2e verdieping": the floor of the building
            if covered.find(1, match.start(), match.end()) != -1:
                continue  # "Vledderstraat 7 A en 7 B": found already as a house of the street
            out.append(Span(match.start(), match.end(), "ADDRESS"))
            covered[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
        judged[0] = min(judged[0], first)
    return out


_NEXT_LOWER_WORD_RE = re.compile(r"[ ]+([a-z][a-z']{3,})(?![\w-])")
# Adverbs ending like a plural: "bij meneer Bos van Parkstraat 9 langs", "Kerkweg 4 rechts".
_ADVERBS_IN_S = words("langs rechts links anders straks vanavonds")


def _counted_after(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a lower-case plural noun follows the number: then it counts things ("4 inbraken",
    "12 klachten", "3 fietsen") and is no house number."""
    match = _NEXT_LOWER_WORD_RE.match(text, end)
    if match is None:
        return False
    low = match.group(1)
    return (
        len(low) >= 5
        and low not in _ADVERBS_IN_S
        and low in lex.dutch_words
        and low not in lex.frequent_words
        and low not in lex.places
        and has_singular(low)
        and not _verb_form(low, lex)
    )


def _verb_form(low: str, lex: Lexicon) -> bool:
    """'klagen' (klaagt), 'stoken' (stookt), 'gooien' (gooit): a verb, whose third person is a
    word, not a plural noun ("inbraken", "klachten" have none)."""
    if not low.endswith("en"):
        return False
    return any(
        c + "t" in lex.dutch_words or c.endswith("t") and c in lex.dutch_words
        for c in en_stems(low)
    )


def street_of(address: str) -> str | None:
    """The street's words of an address ("Buitenom" of "Buitenom 26", "Het Vlak" of "Het Vlak
    3 a"), or None for a bare number or "nummer 17"."""
    match = _STREET_OF_ADDRESS_RE.match(address)
    if match is None or match.group(1).split()[0].rstrip(".").lower() in _NUMBER_WORDS:
        return None  # "Nummer 17", "Nr. 5": a house number without its street
    return match.group(1)


_NUMBER_WORDS = words("nummer nr huisnummer no")
_STREET_OF_ADDRESS_RE = re.compile(r"((?:[A-Z][\w'-]*\.?)(?:[ ][\w'-]+\.?){0,3})[ ]+\d")


def numbers_in_streets(text: str, streets: frozenset[str], lex: Lexicon) -> list[Span]:
    """'grofvuil Buitenom 28? nee Buitenom 26, mevr Kuik': the streets of a chat's addresses
    with another house number are addresses too (a street of houses, whatever its name)."""
    # Round 42: "Bovenboer 21" ... "bovenboer 25a": the chat's street typed in lower case, where
    # it is no word of the language ("markt 3" may count market stalls)
    typed = frozenset(
        lowered
        for street in streets
        if street[:1].isupper()
        and len(street) > 4
        and (lowered := street[:1].lower() + street[1:]) not in lex.dutch_words
        and lowered not in lex.frequent_words
    )
    if not holds_any(text, streets) and (not typed or not holds_any(text, typed)):
        return []
    streets = streets | typed
    spans = []
    for number in (_ASCII_NUMBER_RE if text.isascii() else _NUMBER_RE).finditer(text):
        if _YEARS_RE.fullmatch(number.group()) or _DATE_AHEAD_RE.match(text, number.start()):
            continue
        if (
            _counted_after(text, number.end(), lex)
            or _MONTH_AHEAD_RE.match(text, number.end()) is not None
            or _COUNT_AFTER_RE.match(text, number.end()) is not None
        ):
            continue
        chain = _words_before(text, number.start())
        start = _street_again(text, chain, streets) if chain else None
        if start is not None and text[start].islower() and _YEAR_RE.fullmatch(number.group()):
            continue  # "lijst mantelzorgwaardering 2024": a word ending like a street, a year
        if start is not None and not _public_buildings(
            text, Span(start, number.end(), "ADDRESS"), lex
        ):
            spans.append(Span(start, number.end(), "ADDRESS"))
    if spans and ("t/m" in text or "tot en met" in text or "t.m." in text):
        # Round 41: "Hooiland 2 t/m 48" stays a stretch of a chat's street, not a home there
        spans = [s for s in spans if not _house_range(text, s)]
    return spans


def _street_again(
    text: str, chain: list[re.Match[str]], streets: set[str] | frozenset[str]
) -> int | None:
    """'Klaproos 3-1 en Klaproos 3-2': a street already found in the message, with a number."""
    for word in chain[:4]:
        if text[word.start() : chain[0].end()] in streets:
            return word.start()
    return None


# "Weteringpad 40, mevr Wolters", "Karspel 8, dhr Siemens": capitalised words and a number right
# before a comma and a titled name are where that person lives.
_HOME_BEFORE_TITLED_NAME_RE = re.compile(
    r"(?<![\w-])((?:[A-Z][\w'-]+\.?[ ]){1,3}\d{1,4}(?:[ ]?[a-zA-Z](?![\w])|-\d{1,3}(?![\w]))?)"
    # "Oosterhof 3 (fam. Smit)": the household in brackets, too
    r"(?:,[ ]|[ ]\()(?:dhr|mevr|mw|meneer|mevrouw|fam|familie|de[ ]heer"
    # "Kolderveen 37, aanvrager E. Groen": a role of the person who lives there, too
    r"|aanvrager|aanvraagster|eigenaar|eigenaresse|bewoner|bewoonster|huurder|huurster|melder"
    r"|contactpersoon)\.?[ ]+[A-Z]"
)


# Cheap gate of the rule: a comma and a title.
_TITLES_AFTER_COMMA = (
    ", dhr",
    ", mevr",
    ", mw",
    ", meneer",
    ", mevrouw",
    ", fam",
    ", de heer",
    ", aanvra",
    ", eigena",
    ", bewo",
    ", huur",
    ", melder",
    ", contactpersoon",
    " (dhr",
    " (mevr",
    " (mw",
    " (fam",
)
# The same as one pattern: the engine looks for their common ", " in C.
_TITLES_AFTER_COMMA_RE = re.compile("|".join(map(re.escape, _TITLES_AFTER_COMMA)))


def _homes_before_titled_names(text: str, found: list[Span]) -> list[Span]:
    out = []
    for match in _HOME_BEFORE_TITLED_NAME_RE.finditer(text):
        start, end = match.span(1)
        if any(s.start < end and start < s.end for s in found):
            continue
        street = _WORD_RE.findall(match.group(1))
        if not street or street[-1].rstrip(".").lower() in _NUMBERED_THINGS:
            continue  # "Kamer 12, dhr Jansen zit voor": a room
        out.append(Span(start, end, "ADDRESS"))
    return out


# "Zuideinde 4 b en 4 c", "Eikenlaan 3, 5 en 9": more houses of the same street.
_MORE_NUMBER_RE = re.compile(
    # "5x" / "5 x" is a count ("Dorpsstraat 12, 5x gemeld"), not a house with toevoeging x.
    r"(?:[ ]*,[ ]*|[ ]+(?:en|of|t/m)[ ]+)(\d{1,5}(?:[ ]?[a-wyzA-WYZ](?![\w])|-\d{1,3}(?![\w]))?)"
    # "1,5 m", "2.5 km": a decimal is a measure, no house
    r"(?![ ]?[xX](?!\w))(?![.,]\d)"
    r"(?=[ ]*$|[ ]*[,.;!?)\n]|[ ]+(?:en|of|t/m|in|te|is|zijn|heeft|hebben|staan|wonen|klagen|"
    r"komt|komen|niet|ook|waren|was)\b)"
)


def _more_numbers(text: str, pos: int) -> list[Span]:
    out = []
    while (match := _MORE_NUMBER_RE.match(text, pos)) is not None:
        out.append(Span(match.start(1), match.end(1), "ADDRESS"))
        pos = match.end(1)
    return out


def _words_before(text: str, pos: int) -> list[re.Match[str]]:
    """Words directly before ``pos``, nearest first, each separated by one space."""
    chain: list[re.Match[str]] = []
    word_re = _ASCII_WORD_RE if text.isascii() else _WORD_RE
    words = list(word_re.finditer(text, max(0, pos - 80), pos))
    expected_end = pos - 1  # the single space before the number
    for word in reversed(words):
        if word.end() != expected_end:
            break
        chain.append(word)
        expected_end = word.start() - 1
        if expected_end < 0 or text[expected_end] != " ":
            break
    return chain


def _laan_van(chain: list[re.Match[str]]) -> int | None:
    """'Laan van Nieuw Leiden 23', 'Laan der Verenigde Naties 71': "Laan" and a particle open a
    street named after a place or a thing, whatever its capitalised words are."""
    for i in range(2, min(len(chain), 6)):
        if chain[i].group(0) != "Laan" or chain[i - 1].group(0) not in ("van", "der", "de"):
            continue
        if all(_is_cap(w.group(0)) or w.group(0) in PARTICLES for w in chain[: i - 1]):
            return chain[i].start()
    return None


# Nothing but punctuation, emoji and spaces up to the end of the message.
_MESSAGE_END_RE = re.compile(r"[^\w]*\Z")


def _closing_item(text: str, chain: list[re.Match[str]], end: int) -> bool:
    """'..., Haveltermade 30' closing the message: a hamlet named like a street ("-made",
    "-veen") and a house number, as the last item after a comma."""
    start = chain[0].start()
    return (
        len(chain) == 1
        and text[max(0, start - 2) : start] == ", "
        and end - start - len(chain[0].group(0)) <= 5
        and _MESSAGE_END_RE.match(text, end) is not None
    )


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _street_start(text: str, chain: list[re.Match[str]], end: int, lex: Lexicon) -> int | None:
    """Where the street name before a house number starts, or None when it is no street."""
    head = chain[0].group(0).rstrip(".")
    low = head.lower()
    laan = _laan_van(chain)
    if laan is not None:
        return laan
    # "Havelter weg 8", "Hoogeveense weg 112": a place's adjective written apart from the
    # street's word.
    if (
        len(chain) > 1
        and low in STRONG_STREET_SUFFIXES
        and _place_adjective(chain[1].group(0), lex)
    ):
        return chain[1].start()
    # Round 38: "Nieuwe Weg 7c", "Oude Dijk 3", "Lange Straat 12": a capitalised adjective
    # and a street's word written apart, both with a capital.
    if (
        len(chain) > 1
        and low in STRONG_STREET_SUFFIXES
        and _is_cap(head)
        and chain[1].group(0) in _CAPITAL_ADJECTIVE_PREFIXES
    ):
        return _extend_left(chain, 1, lex)
    if (
        low in _COMPASS
        and len(chain) > 1
        and _is_cap(head)
        and chain[1].group(0).lower() in _SIZE_PREFIXES
        and _is_cap(chain[1].group(0))
    ):
        return _extend_left(chain, 1, lex)  # "Grote Oost 7", "Korte Noord 12 B"
    if (
        low in PARTICLES
        or low in _STREET_PREFIXES
        or low in lex.frequent_words
        or low in _DATA_WORDS
    ):
        return None  # "woont er ook, BSN 1234...": the number of the data word
    if low in lex.not_names and street_suffix(low) is None:
        return None  # "een rode Peugeot 206", "Gazelle 28": a make and its model, no street
    cue_start = _cue_start(text, chain)
    postcode_after = _is_cap(head) and _POSTCODE_AFTER_RE.match(text[end : end + 12]) is not None
    has_toevoeging = not text[chain[0].end() + 1 : end].isdigit()
    suffix = street_suffix(head)
    # "Hoofdstr. 9", "Burg. Knappertln. 12": an abbreviated street name.
    if (
        (_is_cap(head) or chain[0].group(0).endswith("str."))
        and len(low) > 4
        and low.endswith(_ABBREVIATED_SUFFIXES)
        # (Round 39: or no full stop after an ending no Dutch word has, "Knappertln 12",
        # "Stationswg 4")
        and (
            chain[0].group(0).endswith(".")
            or low.endswith("str")
            or (low.endswith(("ln", "wg")) and low[-3] not in "aeiouy")  # (not "Lincoln 12")
        )
    ):
        return _extend_left(chain, 0, lex)
    if suffix is not None:
        if len(low) == len(suffix):
            # "Gracht 12" alone is no street name; "Gedempte Gracht 12" is.
            if len(chain) > 1 and _is_cap(chain[1].group(0)) and _is_cap(head):
                return _extend_left(chain, 1, lex)
            # "een bewoner van Kade 9", "de buren op Markt 22": a bare street word with a
            # capital inside a sentence about a house names the street.
            if (
                _is_cap(head)
                and len(chain) > 1
                and chain[1].group(0) in _PREPOSITIONS | {"van"}
                and _inside_sentence(text, chain[0].start())
                and _house_before(text, chain[1].start())
                and _HAMLET_AFTER_RE.match(text, end) is not None
            ):
                return chain[0].start()
        elif (
            suffix not in STRONG_STREET_SUFFIXES
            and (low in lex.dutch_words or low in lex.places)
            and not (_is_cap(head) and low.startswith(_COMPASS) and suffix in ("einde", "ende"))
        ):
            # "speeltuin 3", "verf 2", "Amsterdam 2": ordinary words and places, unless a
            # capital with a toevoeging ("Zuideinde 90-2"), a cue or a postcode says otherwise.
            if _is_cap(head) and (
                has_toevoeging
                or postcode_after
                or cue_start is not None
                or (low not in lex.places and _inside_sentence(text, chain[0].start()))
                or (low in lex.places and _closing_item(text, chain, end))
            ):
                return _extend_left(chain, 0, lex)
        else:
            return _extend_left(chain, 0, lex)
    elif not _is_cap(head) and low in lex.dutch_words:
        return None
    # "Marskramer 12-c", "Lavendel 8-A": a letter toevoeging marks a house number, so the
    # capitalised word before it names a street, whatever the word is ("Zaal 3-B" is a room).
    if (
        has_toevoeging
        and _is_cap(head)
        and _LETTER_TOEVOEGING_RE.search(text, chain[0].end(), end)
        and low not in _NUMBERED_THINGS
        and low not in lex.places
    ):
        return _extend_left(chain, 0, lex)
    # "ul. Kwiatowa 8", "ulica Długa 3": the Polish word for street opens a street's name abroad.
    if (
        _is_cap(head)
        and len(chain) > 1
        and chain[1].group(0).lower() in ("ul.", "ul", "ulica")
        and (chain[1].group(0) != "ul" or text.startswith(".", chain[1].end()))
    ):
        return chain[1].start()
    # No street ending ("Ezinge 39", "Het Vlak 3"): an address cue before it or a postcode after it.
    if cue_start is not None and low not in _NUMBERED_THINGS:
        return cue_start
    # "📍Broekhuizen 14": the location pin says the words after it are a location.
    if _is_cap(head) and text[max(0, chain[-1].start() - 2) : chain[-1].start()].strip() == "📍":
        return chain[-1].start()
    if postcode_after and low not in lex.places:
        return _extend_left(chain, 0, lex)
    # "bij Nijentap 8", "Het pand Darp 17", "Brief naar Busselte 4, Havelte": a hamlet's name is
    # the street name of the houses there.
    if (
        _is_cap(head)
        and low in lex.places
        and _hamlet_address(text, chain, end, has_toevoeging, lex)
    ):
        if len(chain) > 1 and chain[1].group(0) in ("De", "Het", "'t"):
            return chain[1].start()  # "De Schiphorst 19"
        if (
            len(chain) > 1
            and _is_cap(chain[1].group(0))
            and chain[1].group(0).lower() in _REGION_ADJECTIVES
        ):
            return chain[1].start()  # Round 40: "Drentse Hoofdvaart 61", "Friese Hoofdvaart 2"
        if (
            len(chain) > 1
            and chain[1].group(0) in ("de", "het")
            and (len(chain) == 2 or chain[2].group(0).lower() not in _PREPOSITIONS | PARTICLES)
        ):
            # "ja de Schiphorst 9": the hamlet's article, unless a preposition governs it
            # ("bewoners van de Schiphorst 12")
            return chain[1].start()
        return chain[0].start()
    # "ophalen bij Het Vlak 3", "wonen aan Oosterboer 6": after a preposition, a capitalised
    # word that is no ordinary word, compound, place or common name, followed by a number.
    if _is_cap(head) and _after_preposition(chain) and _odd_proper_word(low, lex):
        return _extend_left(chain, 0, lex)
    # Round 34: "In Nijeveen, Bisschopsmolen 22": a word no list knows after "in" and a place
    # and a comma is a street of that place.
    if (
        _is_cap(head)
        and len(chain) == 1
        and (place := _IN_PLACE_COMMA_BEFORE_RE.search(text, 0, chain[0].start())) is not None
        and place.group(1).lower() in lex.places
        and _odd_proper_word(low, lex, compounds=True)
    ):
        return chain[0].start()
    # Round 48: "Hesselingen 4, Broekhuizen.", "woonwagenlocatie Oosterboer 3, daar woon ik":
    # a word no list knows with its number, its place or a home after a comma.
    if (
        end < len(text)
        and text[end] == ","
        and _is_cap(head)
        and (_odd_proper_word(low, lex, compounds=True) or low in lex.places)
        and _place_or_home_after_comma(text, end, low, lex)
    ):
        return _extend_left(chain, 0, lex)
    # "tuin van Bovenboer 5 in Kolderveen", "een kopie op Bovenboer 7": a compound no dictionary
    # has, after a preposition, with a number closing the message or followed by its place.
    if (
        _is_cap(head)
        and _after_preposition(chain)
        and _odd_proper_word(low, lex, compounds=True)
        and (_MESSAGE_END_RE.match(text, end) is not None or _in_place_after(text, end, lex))
    ):
        return _extend_left(chain, 0, lex)
    # "Kolderveense Bovenboer 15", "Nijeveense Bos 3": a place's adjective opens a street name.
    if (
        _is_cap(head)
        and len(chain) > 1
        and _place_adjective(chain[1].group(0), lex)
        and low not in lex.frequent_words
    ):
        return chain[1].start()
    # "op Smalle Ganzenveer 7 a", "Brede Vlonder 3-B": a capitalised adjective opens a street's
    # name that has no street ending, where a toevoeging, a cue or a postcode marks the house
    # ("de Brede School 2", "Nieuwe Testament 3" are no address).
    if (
        _is_cap(head)
        and len(chain) > 1
        and chain[1].group(0) in _CAPITAL_ADJECTIVE_PREFIXES
        and (has_toevoeging or postcode_after or cue_start is not None)
        and low not in lex.frequent_words
        and low not in _NUMBERED_THINGS
        and low not in lex.places
    ):
        return _extend_left(chain, 1, lex)
    # "de caravan staat op de Klaproos 3": a capital after "op de" inside a sentence about a
    # house names the street, where the house number closes the phrase ("op de Agenda 3." no).
    if (
        _is_cap(head)
        and len(chain) > 2
        and chain[1].group(0) in ("de", "het")
        and chain[2].group(0).lower() in _PREPOSITIONS
        and len(low) > 3
        and low not in lex.frequent_words
        and low not in lex.places
        and low not in lex.not_names
        and low not in _NUMBERED_THINGS
        and _HAMLET_AFTER_RE.match(text, end) is not None
        and _house_before(text, chain[2].start())
    ):
        return chain[0].start()
    # Round 25: "de aanvraag voor Fazant 12 is binnen", "het huurcontract van Reiger 4", "zijn
    # moeder op de Fuut 31", "achter Patrijs 9?": a capitalised ordinary word inside a sentence
    # after a preposition, with a house number (no year) closing the phrase, names a street (a
    # bird, a plant: the streets of a newer quarter); not a numbered thing ("voor Groep 7").
    if (
        _is_cap(head)
        and len(low) > 3
        and low in lex.dutch_words
        and end - chain[0].end() <= 8
        and _after_preposition(chain, _PREPOSITIONS_OF_HOMES)
        and _inside_sentence(text, chain[0].start())
        and not _YEAR_RE.match(text, chain[0].end() + 1)
        and low not in lex.frequent_words
        and low not in lex.places
        and low not in lex.not_names
        and low not in lex.common_first_names
        and low not in _NUMBERED_THINGS
        and low not in _NOT_STREET_WORDS
        and (_HAMLET_AFTER_RE.match(text, end) is not None or text.startswith("?", end))
        # after "op de" a house or a person in the sentence ("zijn moeder op de Fuut 31"; "dat
        # staat op de Agenda 3." is none)
        and (
            chain[1].group(0) not in ("de", "het")
            or _house_before(text, chain[1].start())
            or _person_before(text, chain[1].start())
        )
    ):
        return chain[0].start()
    # Round 26: "oma woont achteraan, Boterbloem 41", "(Klaproos 17)", "a house Pinksterbloem
    # 8", "aan de Lijsterbes 4.", "... heating. Sleedoorn 14.": a capitalised ordinary word and a
    # short house number set off (after a comma, a bracket, a home word, a preposition or
    # opening a sentence) closing the phrase, in a message that speaks of a home.
    if (
        _is_cap(head)
        and len(low) > 3
        and low in lex.dutch_words
        and end - chain[0].end() <= 4
        and not _YEAR_RE.match(text, chain[0].end() + 1)
        and low not in lex.frequent_words
        and low not in lex.places
        and low not in lex.not_names
        and low not in lex.common_first_names
        and low not in _NUMBERED_THINGS
        and low not in _NOT_STREET_WORDS
        and _set_off_before(text, chain)
        and (_HAMLET_AFTER_RE.match(text, end) is not None)
        and _message_of_a_home(text)
    ):
        return chain[0].start()
    # "bij Het Vlak 3", "op De Deel 4": a capitalised article inside a sentence opens a name.
    if (
        _is_cap(head)
        and len(chain) > 2
        and chain[1].group(0) in ("Het", "De", "'t")
        and chain[2].group(0).lower() in _PREPOSITIONS
        and low not in lex.places
    ):
        return chain[1].start()
    return None


# Round 37: words a scheme, a plan or a programme is named after, with its year.
_SCHEME_WORDS = words("""regeling subsidieregeling subsidie project programma plan nota actie
    campagne verordening visie beleid begroting jaarplan fonds""")
# Round 48: "de Havenverordening Meppel 2024", "Meppeler Isolatieregeling 2026": a compound of
# a scheme word (a by-law, a regulation) one or two words before a year names the scheme's year.
_SCHEME_ENDINGS = ("verordening", "regeling", "reglement", "besluit", "beleid", "programma")


def _scheme_compound_year(chain: list[re.Match[str]], number: str) -> bool:
    return (
        len(number) == 4
        and _YEAR_RE.fullmatch(number) is not None
        and any(w.group().lower().endswith(_SCHEME_ENDINGS) for w in chain[:2])
    )


# Words that name the data a number is: never a street.
_DATA_WORDS = words("bsn iban kvk tel telefoon mobiel nr nummer btw")
# The toevoeging of a house number after the street's word: "12-c", "8 - A", "19b".
_LETTER_TOEVOEGING_RE = re.compile(r"[ ]\d{1,5}(?:(?:[ ]?-[ ]?)?[a-zA-Z]|[ ]?-[ ]?(?:II|III|IV))$")
# Numbered things that are no street: rooms, classes, annexes, articles, lines, floors.
_NUMBERED_THINGS = words("""kamer zaal lokaal groep klas bijlage artikel lid hoofdstuk paragraaf
    pagina blz bladzijde fase bus lijn route week perron spoor gate hal blok verdieping etage unit
    box cel vak rij stoel tafel vraag opgave thema module niveau stap versie type model serie
    categorie klasse tribune sector gebouw vleugel toren ingang uitgang afdeling zone sectie
    agendapunt punt bed kast locker kluis stand standplaats""")


def _inside_sentence(text: str, pos: int) -> bool:
    """Whether a word at ``pos`` stands inside a sentence, where Dutch writes an ordinary word
    ("rietlanden", "korenakkers") in lower case: a capital there makes it a street's name."""
    before = text[max(0, pos - 3) : pos].rstrip(" ")
    return bool(before) and before[-1] not in ".!?:;\n" and before[-1].isascii()


# "Oosteinde 18", "Noordeinde 4": the end of a village towards a compass point is a street.
_COMPASS = ("noord", "oost", "zuid", "west")
# "Grote Oost", "Korte Noord": a street named by its part of town.
_SIZE_PREFIXES = words("grote kleine korte lange oude nieuwe hoge lage")
# Adjectives that open a street's name ("Kromme Elleboog", "Oude Vaart", "Brede Vlonder").
_ADJECTIVE_PREFIXES = _SIZE_PREFIXES | words("kromme smalle brede scheve halve dwarse")
_CAPITAL_ADJECTIVE_PREFIXES = frozenset(w.capitalize() for w in _ADJECTIVE_PREFIXES)
# Words before a place name and a number that make it a house there ("pand Darp 17").
_HAMLET_BEFORE = _PREPOSITIONS | words("woont wonen en of nee ja ook achter langs")
# Words that make it a house: "pand Darp 17", "het erf van Ansen 7", "buren van Spier 6".
_HOUSE_WORDS = words("""pand woning boerderij huis erf perceel bewoner bewoners bewoonster adres buren
    eigenaar eigenaren tuin schuur""")
# What may follow the house number of an address: the end, punctuation, a conjunction, a verb
# or what stands there ("bij Darp 17 een caravan"; a count reads "Meppel 3 keer").
_HAMLET_AFTER_RE = re.compile(
    r"(?:[ ]*$|[ ]*[,.;:!?)\n]|[ ]+(?:en|in|te|is|heeft|staat|woont|wonen)\b"
    r"|[ ]+(?:een|de|het)[ ]+[a-z])"
)
# Round 44: "over Kolderveen 23, daar staan 6 mensen ingeschreven", "Darp 4, daar woont ...":
# who lives or is registered there, right after the number.
_RESIDENTS_THERE_AFTER_RE = re.compile(
    r"[ ]*,[ ]*(?:daar|er)[ ]+(?:woont|wonen|woonde|woonden|"
    r"(?:staan|staat|zijn|is|stonden|stond)[ ]+(?:[^\W\d_]+[ ]+|\d{1,2}[ ]+){0,4}?ingeschreven\b)"
)
# Words that make "<place> 12" something else: a score, a count, a line.
_NOT_HAMLET_BEFORE = words("in uit vanuit richting tussen lijn bus tegen")


def _hamlet_address(
    text: str, chain: list[re.Match[str]], end: int, toevoeging: bool, lex: Lexicon
) -> bool:
    """A place name + number that is a house in that place: a toevoeging, a postcode after it,
    or a word like "bij"/"pand" before it and nothing but an end of the phrase after it."""
    after = text[end : end + 20]
    if re.match(r"[ ]?[-–][ ]?\d", after):
        return False  # "Meppel 2 - Nijeveen 1": a score
    if toevoeging or _POSTCODE_AFTER_RE.match(after):
        return True
    if _RESIDENTS_THERE_AFTER_RE.match(text, end) is not None:
        return True
    k = 1
    if len(chain) > 1 and chain[1].group(0) in ("De", "Het", "'t", "de", "het"):
        k = 2  # "De Schiphorst 19", "bewoners van de Schiphorst 12"
    phrase_ends = (_HAMLET_AFTER_RE.match(after) or _HAMLET_CLAUSE_END_RE.match(after)) is not None
    if len(chain) <= k:
        # "bij mijn moeder in Rogat, Rogat 9.", "bij ze thuis, Rogat 9": after a comma that
        # follows the same place or a home, in a sentence about where someone is or lives.
        start = chain[-1].start()
        gap = text[max(0, start - 2) : start]
        if phrase_ends and _resident_after_opening(text, start, end):
            return True
        if phrase_ends and gap in (". ", "! ") and _home_sentence_before(text, start - 2):
            return True
        if not phrase_ends or gap not in (", ", " ("):
            return False
        word = _WORD_RE.fullmatch(text[max(0, start - 40) : start - 2].rsplit(" ", 1)[-1])
        if word is None:
            return False
        same = word.group(0).lower() in (chain[0].group(0).lower(), "thuis")
        if gap == " (":
            # "de auto in Kolderveen (Kolderveen 17)": in brackets the house in the place just
            # named, closing them
            return same and text.startswith(")", end)
        return (same or word.group(0).lower() in _DWELLINGS) and (
            _whereabouts_before(text, start)
            # Round 41: "fam. Lubbinge in De Schiphorst, De Schiphorst 11": a household or a
            # titled person in the place just named, then the house there
            or (same and _TITLED_IN_PLACE_BEFORE_RE.search(text, max(0, start - 80), start))
        )
    before = chain[k].group(0).lower()
    if before in _HOUSE_WORDS or (
        before == "van" and len(chain) > k + 1 and chain[k + 1].group(0).lower() in _HOUSE_WORDS
    ):
        return True
    if before in _NOT_HAMLET_BEFORE:
        return False
    if (before in _PREPOSITIONS or before == "achter") and k == 1:
        # "naar haar buurman op Kolderveen 58 kon": after "op", "bij" the house, unless a count
        # or a measure follows ("bij Darp 3 keer"); round 37: "een schuur achter Nijentap 8".
        return _COUNT_AFTER_RE.match(after) is None
    if before in _PREPOSITIONS and k == 2 and chain[1].group(0) in ("de", "het"):
        # Walk 49: "bij de Haveltermade 12 ligt grofvuil": after "bij de", "op het" the house
        # too, wherever the sentence goes on (not "bij de Schiphorst 3 keer").
        return _COUNT_AFTER_RE.match(after) is None
    if before in _HAMLET_BEFORE or before == "van":
        return phrase_ends
    # "Lies Koning Haveltermade 118 en ...": a name, then the hamlet where that person lives
    # ("het geluid van Oshaar 20": whose noise, at the end of the phrase, is none).
    return (
        phrase_ends
        and k == 1
        and _is_cap(chain[k].group(0))
        and before not in lex.places
        and before not in lex.frequent_words
        and (before in lex.surnames or before not in lex.dutch_words)
    )


# Round 40: the resident's initials (or title) and surname after a comma, closing the phrase:
# "Darp 7, K. Mulder." ("Meppel 3, A. Smit scoorde" reads a score).
_RESIDENT_AFTER_RE = re.compile(
    r",[ ]+(?:(?:[A-Z]\.[ ]?)+|(?:dhr|mevr|mw|fam)\.?[ ]+)"
    r"(?:(?:van|de|der|den|ter|ten|te|het|'t)[ ]+)*[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    r"(?=[ ]*(?:[.,;!?\n]|$))"
)
# Round 40: a sentence of its own before the house that says where: "thuis!", "naar de boerderij."
_HOME_SENTENCE_RE = re.compile(r"(?:^|[.!?\n][ ]*)(?:[a-z]+[ ]+){0,3}(\w+)$", re.I)


def _resident_after_opening(text: str, start: int, end: int) -> bool:
    """A place and a number opening a message or a line, then the resident: "Darp 7, K. Mulder"
    (a list of houses and who lives there)."""
    return (start == 0 or text[start - 1] == "\n") and _RESIDENT_AFTER_RE.match(
        text, end
    ) is not None


def _home_sentence_before(text: str, stop: int) -> bool:
    """Whether the short sentence ending at ``stop`` ends with "thuis" or a dwelling: "thuis!
    Schiphorst 5", "bij de boerderij. Darp 7"."""
    found = _HOME_SENTENCE_RE.search(text, max(0, stop - 40), stop)
    return found is not None and (
        found.group(1).lower() == "thuis" or found.group(1).lower() in _DWELLINGS
    )


# What makes "<place> 3" a count or a measure: "3 keer", "2 x", "4 klachten", "5 km".
_COUNT_AFTER_RE = re.compile(
    r"[ ]?(?:x|keer|maal|km|kilometer|m|meter|min|minuten|uur|dagen|weken|maanden|jaar|"
    r"klachten|meldingen|punten|mensen|personen|huizen|woningen|adressen|stuks|procent|%|euro|"
    r"graden|[-–][ ]?\d)(?!\w)"
)
# Words that say where someone is or lives: "bij mijn moeder in Rogat", "bij ze thuis".
_WHEREABOUTS = words("bij thuis woont wonen woon verblijft logeert zit")


_TITLED_IN_PLACE_BEFORE_RE = re.compile(
    r"\b(?i:fam|familie|mevr|mevrouw|mw|dhr|meneer|heer)\.?[ ]+(?:[a-z']+[ ]+){0,3}[A-Z][\w'-]+"
    r"[ ]+in[ ]+(?:[Dd]e[ ]+|[Hh]et[ ]+|'t[ ]+)?[A-Z][\w'-]+[ ]*,[ ]*$"
)


def _whereabouts_before(text: str, pos: int) -> bool:
    """Whether the sentence before ``pos`` says where someone is or lives."""
    before = text[max(0, pos - 60) : pos]
    for stop in ".!?\n":
        before = before.rsplit(stop, 1)[-1]
    # (Round 40: the words without their punctuation, "een schuur, Rogat 12")
    words_ = [w.strip(",;:()") for w in before.lower().split()]
    return any(w in _WHEREABOUTS or w in _DWELLINGS for w in words_)


# A conjunction opening the next clause also ends the phrase with the house ("naar Busselte 12
# maar de post niet").
_HAMLET_CLAUSE_END_RE = re.compile(r"[ ]+(?:maar|of|want|dus)\b")


# Homes that stand somewhere: "de caravan staat op de Klaproos 3".
_DWELLINGS = _HOUSE_WORDS | words("caravan stacaravan woonwagen chalet woonboot")


def _house_before(text: str, pos: int) -> bool:
    """Whether the words of the sentence just before ``pos`` speak of a house or living."""
    before = text[max(0, pos - 60) : pos]
    for stop in ".!?\n":
        before = before.rsplit(stop, 1)[-1]
    return any(w in _DWELLINGS or w.startswith("woon") for w in before.lower().split())


# Words that make a message one about a home (Round 26): the house words, the door, a family
# living somewhere, and their English words.
_HOME_MESSAGE_WORDS = _DWELLINGS | words("""deur voordeur gezin woont wonen woon adres huis
    house home address flat apartment live lives living""")
_HOME_MESSAGE_WORD_RE = re.compile(r"[^\W\d_]+")


def _message_of_a_home(text: str) -> bool:
    """Whether any word of the message speaks of a home or of living there."""
    return any(w in _HOME_MESSAGE_WORDS for w in _HOME_MESSAGE_WORD_RE.findall(text.lower()))


def _set_off_before(text: str, chain: list[re.Match[str]]) -> bool:
    """The street word stands alone after a comma, an opening bracket, a home word, a
    preposition (with its article) or at a sentence's start."""
    start = chain[0].start()
    gap = text[max(0, start - 2) : start]
    if gap in (", ", " (", ". ", "? ", "! ") or start == 0:
        return True
    if len(chain) == 1:
        return False
    before = chain[1].group(0).lower()
    if before in _HOME_MESSAGE_WORDS:
        return True
    return before in ("de", "het") and len(chain) > 2 and chain[2].group(0).lower() in ("aan", "op")


def _person_before(text: str, pos: int) -> bool:
    """Whether the sentence just before ``pos`` names a person by a role ("zijn moeder")."""
    before = text[max(0, pos - 60) : pos]
    for stop in ".!?\n":
        before = before.rsplit(stop, 1)[-1]
    return any(w in _PERSON_BEFORE for w in before.lower().split())


# Round 40: the adjectives of provinces and regions, which no place list spells so ("Drentse"
# of Drenthe, "Friese" of Friesland).
_REGION_ADJECTIVES = words("""drentse drents friese fries groningse groninger overijsselse
    overijssels gelderse gelders utrechtse utrechts hollandse hollands zeeuwse zeeuws brabantse
    brabants limburgse limburgs flevolandse twentse twents sallandse achterhoekse veluwse""")


def _place_adjective(word: str, lex: Lexicon) -> bool:
    """'Kolderveense', 'Meppeler', 'Havelterse': an adjective made of a place name."""
    if not _is_cap(word):
        return False
    low = word.lower()
    for ending in ("se", "er", "erse"):
        if low.endswith(ending) and low[: -len(ending)] in lex.places:
            return True
    if low in _REGION_ADJECTIVES:
        return True  # Round 40: "Drentse Hoofdvaart 61", "Friese Straatweg 4"
    # "Havelter", "Havelterse": of a place ending in -e (Havelte)
    return low.endswith(("er", "erse")) and low[: low.rindex("er") + 1] in lex.places


# Prepositions before a home ("achter Patrijs 9": behind a house) and words that are numbered
# without being a street: teams, channels, fields and plots.
_PREPOSITIONS_OF_HOMES = _PREPOSITIONS | {"achter"}
_NOT_STREET_WORDS = words("""heren dames jongens meisjes senioren junioren veteranen jeugd team
    elftal kanaal zender veld baan plek kavel dok steiger poort ligplaats sprint release editie
    seizoen jaargang aflevering deel band postbus antwoordnummer""")


def _after_preposition(
    chain: list[re.Match[str]], prepositions: frozenset[str] = _PREPOSITIONS
) -> bool:
    """The street words (capitalised or "Het"/"De") directly follow "bij", "op", "aan", "naar"...

    Also "van" after a lower-case word ("de kelder van Oosterboer 6"): whose house it is; but not
    after a name or a title ("Jan van Dalen 3", "meneer van Dam 2"), where "van" is a particle.
    """
    for index, word in enumerate(chain[1:3], start=1):
        low = word.group(0).lower()
        if low in prepositions:
            return True
        if low == "van" and word.group(0) == "van" and index + 1 < len(chain):
            before = chain[index + 1].group(0)
            return before.islower() and before not in PARTICLES and before not in TITLES
        if low not in ("het", "de", "'t") and not _is_cap(word.group(0)):
            return False
    return False


def _unlisted_first_name(raw: str, street: str, lex: Lexicon) -> bool:
    """'Ekke' before 'Vorstlaan': a capitalised word no list knows, before a street whose name
    is a listed surname and a strong street ending."""
    low = raw.lower()
    suffix = street_suffix(street)
    if (
        suffix is None
        or suffix not in STRONG_STREET_SUFFIXES
        or not raw[:1].isupper()
        or not raw.isalpha()
        or len(low) < 3
    ):
        return False
    head = street.lower()[: -len(suffix)]
    return (
        head in lex.surnames
        and low not in lex.dutch_words
        and low not in lex.frequent_words
        and low not in lex.places
        and low not in lex.not_names
        and low not in _STREET_PREFIXES
    )


def _odd_proper_word(low: str, lex: Lexicon, *, compounds: bool = False) -> bool:
    if low in lex.dutch_words or low in lex.places or low in lex.frequent_words:
        return False
    if low in lex.common_first_names or low in lex.common_surnames or low in lex.not_names:
        return False
    return len(low) > 3 and (compounds or not is_compound(low))


_IN_PLACE_RE = re.compile(r"[ ]+in[ ]+([A-Z][^\W\d_]+)")
_IN_PLACE_COMMA_BEFORE_RE = re.compile(r"\b[Ii]n[ ]+([A-Z][^\W\d_]+),[ ]*\Z")


_PLACE_AFTER_COMMA_RE = re.compile(r",[ ]*([A-Z][^\W\d_]+)(?=[ ]*(?:[.!?;]|$))")
_HOME_AFTER_COMMA_RE = re.compile(r",[ ]*daar[ ]+(?:woon|woont|wonen|woonde|wonen)\b", re.I)


def _place_or_home_after_comma(text: str, end: int, low: str, lex: Lexicon) -> bool:
    """Round 48: ", Broekhuizen." (another place closing the sentence: the hamlet's village) or
    ", daar woon ik" after the house number of ``low``, a word no list knows (a hamlet, when
    the place follows)."""
    place = _PLACE_AFTER_COMMA_RE.match(text, end)
    if place is not None:
        return place.group(1).lower() in lex.places and place.group(1).lower() != low
    return low not in lex.places and _HOME_AFTER_COMMA_RE.match(text, end) is not None


def _in_place_after(text: str, end: int, lex: Lexicon) -> bool:
    """'... 5 in Kolderveen': the place the house stands in, right after its number."""
    match = _IN_PLACE_RE.match(text, end)
    return match is not None and match.group(1).lower() in lex.places


# A piece of every alternative of _ADDRESS_CUE_RE, lower-cased ("bewoner" and "address" hold
# none of the others): a text without any holds no cue, and then the windows before its numbers
# need no search with the long pattern (about 13 microseconds each; two in three have none).
_ADDRESS_CUE_STEMS = (
    "adres", "woon", "wonen", "bewon", "buren", "buur", "verhuis", "live", "living", "stay",
    "address", "moved", "ingeschreven", "stuur", "sturen", "bezorg", "huis", "woning", "laatst",
    "blijft", "blijven", "verblij", "logeer", "loger", "slaap", "slapen", "intrekt",  # (r43: a stay)
    "brp",  # (r46: the register of residents)
)  # fmt: skip


def _may_hold_address_cue(text: str) -> bool:
    """False only when no window of ``text`` can match _ADDRESS_CUE_RE. Outside ASCII the
    pattern's case-insensitive matching also takes letters such as the long s for an "s", which
    lower() keeps, so such a text is always searched."""
    if not text.isascii():
        return True
    low = text.lower()
    return holds_any(low, _ADDRESS_CUE_STEMS)


def _cue_start(text: str, chain: list[re.Match[str]]) -> int | None:
    """Start of the street when an address cue ("adres", "woont op") precedes its words."""
    if not _may_hold_address_cue(text):
        return None
    register = "brp" in text or "BRP" in text or "Brp" in text
    still = "dres is " in text
    for i, word in enumerate(chain[:4]):
        raw = word.group(0)
        if i > 0 and not (_is_cap(raw) or raw.lower() in PARTICLES):
            return None
        window = text[max(0, word.start() - 40) : word.start()]
        if (_ASCII_ADDRESS_CUE_RE if window.isascii() else _ADDRESS_CUE_RE).search(window):
            return word.start()
        if register and _REGISTER_CUE_RE.search(window) is not None:
            return word.start()
        if still and _ADDRESS_STILL_CUE_RE.search(window) is not None:
            return word.start()
    return None


# Round 48: "En het adres is nog Brink 9-2?": the address said to be still the same (a pattern
# of its own, searched only where "adres is " is written: no cost to the cue above).
_ADDRESS_STILL_CUE_RE = re.compile(r"\badres[ ]is[ ](?:nog|nu|dus|toch)\W{0,3}$", re.I)


# Round 46: "brp zegt Ezinge 250", "volgens de BRP: Darp 3": the register of residents gives the
# home (a pattern of its own, searched only where "brp" is written: no cost to the cue above).
_REGISTER_CUE_RE = re.compile(
    r"(?:\bbrp(?:[ ](?:zegt|geeft|heeft|toont|staat[ ]op))?|\bvolgens[ ](?:de[ ])?brp)\W{0,3}$",
    re.I,
)


# Words before a first name that make it a person's: "buurman Kees van Dorpsstraat 4" is Kees,
# who lives there, where "Jan van Goyenstraat 9" is a street named after a person.
_PERSON_BEFORE = {t.rstrip(".") for t in TITLES} | words("""buurman buurvrouw overbuurman
    overbuurvrouw buren collega zoon dochter moeder vader broer zus opa oma tante oom neef nicht
    man vrouw vriend vriendin partner bewoner bewoonster eigenaar huurder melder""")


# Roles a house has, not a person: "de bewoner van Vincent van Goghstraat 27" lives in the street.
_HOUSE_ROLES = words("bewoner bewoonster bewoners eigenaar eigenaren huurder huurders")


def _house_role_of_named_street(
    chain: list[re.Match[str]], index: int, k: int, lex: Lexicon
) -> bool:
    """'de bewoner van Vincent van Goghstraat 27': a house's role, "van", a first name and a
    particle before a street named after a name no word of the language ("Goghstraat"; not
    "Hoofdstraat", which the particle would give a person: "Jan van Hoofdstraat 4")."""
    street = chain[index].group(0)
    suffix = street_suffix(street)
    if suffix is None or chain[k + 1].group(0) != "van":
        return False
    head = street.lower()[: -len(suffix)]
    return (
        chain[k + 2].group(0).lower() in _HOUSE_ROLES
        and chain[k].group(0).lower() in lex.first_names
        and head not in lex.dutch_words
        and head not in lex.places
    )


def _place_phrase(
    word: re.Match[str], particle: re.Match[str], head: re.Match[str], lex: Lexicon
) -> bool:
    """'Kaap de Goede', 'Hof van Holland': two capitalised words of the language joined by a
    particle open a street named after a place, not a person ("Postma van" is a surname)."""
    return (
        particle.group(0) in ("de", "van", "der", "den", "het", "aan", "op", "ter", "ten")
        and all(_is_cap(w.group(0)) for w in (word, head))
        and all(
            (low := w.group(0).lower()) in lex.dutch_words
            and low not in lex.common_surnames
            and low not in lex.first_names
            for w in (word, head)
        )
    )


def _after_where_one_lives(chain: list[re.Match[str]], k: int) -> bool:
    """Whether the words from ``chain[k]`` leftwards say where somebody lives: "wonen op",
    "woont aan", or (Round 44: "woont Groen van Prinstererstraat 28") the verb alone."""
    if k < len(chain) and chain[k].group(0).lower() in _LIVING_VERBS:
        return True
    return (
        k + 1 < len(chain)
        and chain[k].group(0) in ("op", "aan")
        and chain[k + 1].group(0).lower() in _LIVING_VERBS
    )


def _extend_left(chain: list[re.Match[str]], index: int, lex: Lexicon) -> int:
    """Extend the street name over prefixes ("Burgemeester"), names ("Anne Frank") and particles."""
    start = chain[index].start()
    lowercase_street = not _is_cap(chain[index].group(0))  # "prinses margrietlaan 9"
    pending: list[re.Match[str]] = []
    opened_by_particle = False  # "Van Dijkstraat": the street's own particle opens it
    for k, word in enumerate(chain[index + 1 :], start=index + 1):
        raw = word.group(0)
        low = raw.lower()
        if opened_by_particle and low in ("de", "het", "'t"):
            break  # "de Van Dijkstraat 4": the sentence's article before the street's particle
        if raw in ("B.V.", "N.V."):
            break  # "Bakkerij Smit B.V. Kerkstraat 4": a firm's legal form, no initials
        if low in _ABBREVIATED_PARTICLES:
            pending.append(word)  # "P. v. Leeuwenstr 14", "H. v. d. Veldestr. 2"
            continue
        if low in PARTICLES:
            if low in _PREPOSITIONS:
                break  # "Bij Blankenstein 12": the sentence's preposition, not the street's
            pending.append(word)  # kept only if a capitalised word precedes: "Jan van Goyenstraat"
            if _is_cap(raw):
                start = word.start()  # "Van Dijkstraat", "De Ruyterstraat"
                pending = []
                opened_by_particle = True
            continue
        if not _is_cap(raw) and not (lowercase_street and low in _STREET_PREFIXES):
            break
        is_prefix = low in _STREET_PREFIXES or low.rstrip(".") in _STREET_PREFIXES
        is_name = (
            low in lex.first_names
            or _INITIALS_RE.fullmatch(raw) is not None
            or low.endswith(_PATRONYMIC_ENDINGS)  # "Jan Pieterszoon Coenstraat"
            or (k == index + 1 and _place_adjective(raw, lex))  # "Nieuwveense Landweg"
            # "Ekke Vorstlaan": a first name no list knows before a street named after a surname
            # (right after a preposition: "naar Ekke Vorstlaan 20"; "Tjitske Hoflaan 3" after a
            # role or a comma is a person and where she lives)
            or (
                k == index + 1
                and k + 1 < len(chain)
                and chain[k + 1].group(0) in _PREPOSITIONS
                and _unlisted_first_name(raw, chain[index].group(0), lex)
            )
            # Round 26: "op Frans Halsstraat 15": a first name the name lists leave out as a
            # word of another kind ("Frans": French), no Dutch word, right after a preposition
            # and before a street with a strong ending, is the street's person
            or (
                k == index + 1
                and k + 1 < len(chain)
                and chain[k + 1].group(0) in _PREPOSITIONS
                and low in lex.not_names
                and low not in lex.dutch_words
                and low not in lex.places
                and raw.isalpha()
                and street_suffix(chain[index].group(0)) in STRONG_STREET_SUFFIXES
            )
            # "wonen op Vos van Steenwijklaan 8": a surname and its particle right after where
            # somebody lives open a street named after a person
            or (pending and _after_where_one_lives(chain, k + 1))
            # Round 28: "Correspondentieadres Ebbinge Wubbenlaan 31", "op de Ebbinge
            # Wubbenlaan 4": a capitalised word no list knows before a street with a strong
            # ending, right after an address word or the article "de" (a person takes neither)
            or (
                k == index + 1
                and k + 1 < len(chain)
                and (
                    chain[k + 1].group(0) == "de" or chain[k + 1].group(0).lower().endswith("adres")
                )
                and raw.isalpha()
                and low not in lex.dutch_words
                and low not in lex.places
                and low not in lex.frequent_words
                and low not in lex.not_names
                and street_suffix(chain[index].group(0)) in STRONG_STREET_SUFFIXES
            )
            # "Meester Goeman Borgesiuslaan": a name no list knows right after a person's title
            or (
                k + 1 < len(chain)
                and chain[k + 1].group(0).lower().rstrip(".") in _PERSON_TITLE_PREFIXES
                and low not in lex.frequent_words
            )
        )
        # "Postma van Beatrixlaan": after a particle only a first name or title joins the street.
        if (
            is_name
            and not is_prefix
            and pending
            and k + 1 < len(chain)
            and chain[k + 1].group(0).lower().rstrip(".") in _PERSON_BEFORE
        ):
            break  # "buurvrouw Ans van Eikenlaan 12": the role says the first name is hers
        if (
            pending
            and k + 2 < len(chain)
            and chain[k + 1].group(0).lower() in PARTICLES
            and chain[k + 2].group(0).lower().rstrip(".") in _PERSON_BEFORE
            and not _house_role_of_named_street(chain, index, k, lex)
        ):
            break  # "dhr. de Wolf van Hoofdweg 144": a titled surname, then where he lives
        if (
            is_name
            and not is_prefix
            and [p.group(0) for p in pending[-2:]] in (["de", "van"], ["het", "van"])
        ):
            # "Jaap van de Fokkerstraat 11": someone from that street (a street named after a
            # person has no "van de": "Jan van Goyenstraat", "Johan de Wittstraat")
            break
        if is_prefix or is_name:
            start = word.start()
            pending = []
            opened_by_particle = False
            continue
        if (
            not pending
            and k + 2 < len(chain)
            and _place_phrase(chain[k], chain[k + 1], chain[k + 2], lex)
        ):
            start = chain[k + 2].start()  # "Kaap de Goede Hoopstraat 2": a named place's street
        break
    if (
        pending
        and pending[-1].start() == 0
        and pending[-1].group(0) in ("de", "het", "'t")
        and not opened_by_particle
    ):
        start = 0  # "de Weerd 11, 7941 BL" as a whole message: the article is the street's
    return start


# "Mevrouw Kuipers van nummer 34": a person's house number in a street the chat is about.
# "de schuur van Brouwer, nummer 14": after a comma too, where the phrase ends with the number
# ("Bakker, nummer 3 op de lijst" is a rank).
# A toevoeging after such a number: "34 b", "34b", "34bis", "34-2".
_TOEVOEGING = rf"(?:{_GLUED_TOEVOEGING}(?!\w)|[ ]?[a-zA-Z](?!\w)|-\d{{1,3}}(?!\w))?"
_HOUSE_NUMBER_AFTER_NAME_RE = re.compile(
    rf"[ ]+(?:van|op|uit)[ ]+((?:nummer|nr\.?|huisnummer)[ ]?\d{{1,4}}{_TOEVOEGING})(?![\w-])"
    # "kun je Vos bellen van nummer 57?": a verb between the person and the house's number
    rf"|(?:[ ]+[a-z]+){{1,2}}[ ]+van[ ]+((?:nummer|nr\.?|huisnummer)[ ]?[1-9]\d{{0,3}}{_TOEVOEGING})"
    r"(?![\w-])(?=[ ]*[?!]|[ ]*$)"
    # "Marco Pels (nr 16)": in brackets after the name, too
    rf"|(?:,|[ ]*\()[ ]*((?:nummer|nr\.?|huisnummer)[ ]?\d{{1,4}}{_TOEVOEGING})(?![\w-])"
    r"(?=[ ]*$|[ ]*[,.;!?)\n]|[ ]+(?:en|is|heeft|woont|staat)\b)"
    # "Vink zit op nummer 14": the person's seat in the street is their home
    rf"|[ ]+(?:zit|zitten|woont|wonen)[ ]+op[ ]+((?:nummer|nr\.?|huisnummer)[ ]?\d{{1,4}}{_TOEVOEGING})"
    r"(?![\w-])(?=[ ]*$|[ ]*[,.;!?)\n]|[ ]+(?:en|is|heeft|staat)\b)"
    # "mevrouw Stoel van 41 c", "dhr. Kaya van 12-B": a number with a letter toevoeging is a
    # house, not an age
    r"|[ ]+(?:van|op)[ ]+(\d{1,4}(?:[ ]?|-)[a-wyzA-WYZ])(?![\w-])"
    r"(?=[ ]*$|[ ]*[,.;!?)\n]|[ ]+(?:en|is|heeft|woont|staat)\b)"
)


# "Henk van Haakswold 9", "Boukje Zandstra, Blankenstein 400": capitalised words and a house
# number right after a person's name are where that person lives, whatever the street is called.
# "Jelle Zwiers - Kastanje 14 - ...", "Femke Oldenburger / Lisdodde 9": a list's separators too.
# "de schuur van meneer Prins is, Lisdodde 40": the home closing a clause about that person.
# "Petra Snijder (Ezinge 4)": in brackets; "Harm Mulder, jongste zoon, Kolderveen 58", "Bauke
# Zijlstra volgens de buurman, Rogat 40": after a short lower-case apposition ending in a comma.
_HOME_AFTER_NAME_RE = re.compile(
    r"(?:[ ]+(?:van|uit|op)|,|[ ]+is,|[ ]+[-/|]|[ ]*\(|(?:,?(?:[ ]+[a-z0-9][\w'-]*){1,4},)"
    # "met klaas schuurman Rogat 12 ik heb een vraag": a voice note's transcript, unpunctuated
    r"|[ ](?=(?:[A-Z][\w'-]+[ ]){1,2}\d{1,4}[ ]+(?:ik|en[ ]+ik|wij|we)[ ])"
    # "Ruud Pol (17-08-1943), Ezinge 121": after an aside in brackets (a birth date, a nickname)
    r"|[ ]*\([^()\n]{1,25}\),)"
    r"[ ]*((?:[A-Z][\w'-]+\.?[ ]){1,3}\d{1,4}"
    r"(?:[ ]?-[ ]?(?:II|III|IV)(?![\w])|[ ]?-?[ ]?[a-zA-Z](?![\w])|-\d{1,3}(?![\w])"
    rf"|(?:{_GLUED_TOEVOEGING}|huis|[ ](?:bis|hs|bg|bv|hg|zw|rd|huis))(?![\w])"
    # a room or a colour: "Oosterweg 7 k3", "Zuiderbrink 5 rood"
    r"|[ ][kK][ ]?\d{1,3}(?![\w]|[.,]\d)|[ ](?:rood|zwart|boven|beneden)(?![\w]))?)"
    # "Jeroen Meijerink, BSN 4744.09.065": a number that goes on after a dot is no house number,
    # nor a time ("Jitske van Kerstmarktcommissie Meppel. 10:09": the bubble's time stamp).
    r"(?![.,:]\d)"
    r"(?=[ ]*$|[ ]*[,.:;!?)\n]|[ ]+[-/|][ ]|[ ]*[^\x00-\u024f\s]"
    r"|[ ]+(?:en|in|te|is|heeft|belde|belt|zegt|wil|woont|staat|ik|wij|we)\b"
    # Round 30: "Iris Kikkert, Molenwiek 3 Nijeveen": the place after the home, the group checked
    r"|[ ]+(?P<place>[A-Z][a-z]+)(?=[ ]*$|[ ]*[,.;!?)\n]))"
)


# " van Fazant 12", " van Reiger 4-II": an ordinary word and a house number closing the phrase.
_VAN_HOME_RE = re.compile(
    r"[ ]van[ ]([A-Z][a-z]{3,})(?=[ ]\d{1,4}(?:[ ]?-?[ ]?(?:II|III|IV|[a-zA-Z])|-\d{1,3})?"
    r"(?:[ ]*$|[ ]*[,.;!?)\n]|[ ]+(?:en|is|heeft|belde|belt|zegt|wil|woont)\b))"
)


def names_before_homes(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """'melder Kees Smit van Fazant 12', 'buurman Kees van Reiger 4': a name grown over "van"
    and an ordinary word (no surname) that a house number follows ends before "van": the words
    after it are where that person lives (``house_numbers_of`` takes them)."""
    out = []
    for person in persons:
        cut = text.rfind(" van ", person.start, person.end)
        if cut > person.start:
            match = _VAN_HOME_RE.match(text, cut)
            if (
                match is not None
                and match.end(1) == person.end
                and (low := match.group(1).lower()) in lex.dutch_words
                and low not in lex.common_surnames
                and low not in lex.frequent_words
            ):
                person = Span(person.start, cut, person.label)
        out.append(person)
    return out


def house_numbers_of(text: str, persons: list[Span], lex: Lexicon | None = None) -> list[Span]:
    """House numbers tied to a person right before them: "Mevrouw Kuipers van nummer 34" (the
    span is "nummer 34", so a one-digit number is a span of its own too), "Henk van Haakswold 9"
    and "Boukje Zandstra, Blankenstein 400"."""
    out = []
    for person in persons:
        match = _HOUSE_NUMBER_AFTER_NAME_RE.match(text, person.end) or _HOME_AFTER_NAME_RE.match(
            text, person.end
        )
        if match and _HOME_AFTER_NAME_RE is match.re:
            place = match.group("place")
            if place is not None and place.lower() not in (lex or load()).places:
                continue
            street = _WORD_RE.findall(match.group(1))
            if street and street[-1].rstrip(".").lower() in _NUMBERED_THINGS | CAR_MAKES:
                continue  # "Anneke Stoel - Kamer 12": a room; "Piet Bos, Fiat 500": a car
        if match:
            group = next(g for g in range(1, match.re.groups + 1) if match.group(g))
            if _PERSONS_COUNT_RE.search(match.group(group)) and _counts_persons(text):
                continue  # "Roelofje Dam 3p, Ilham Tahiri 5p": the next person and a count
            out.append(Span(match.start(group), match.end(group), "ADDRESS"))
    return out


# Round 33: "Geert-Jan Oldenhof, Vaart zevenendertig.": capitalised words and a number in words
# right after a person and a comma, closing the phrase, are where that person lives (as
# "Boukje Zandstra, Blankenstein 400").
_SPELLED_HOME_AFTER_NAME_RE = re.compile(
    rf"[ ]*,[ ]*((?:[A-Z][\w'-]+[ ]){{1,2}}(?:{_SPELLED_NUMBER})(?:[ ]+[a-dA-D])?)"
    r"(?=[ ]*(?:[.,;!?\n]|$))"
)


def spelled_homes_after_names(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """Homes with a number in words tied to a person right before them (see above)."""
    if not may_spell_a_number(text):
        return []
    out = []
    for person in persons:
        match = _SPELLED_HOME_AFTER_NAME_RE.match(text, person.end)
        if match is None:
            continue
        lows = [w.lower() for w in match.group(1).split()[:-1] if w[:1].isupper()]
        if any(w in lex.first_names or w in _NUMBERED_THINGS or w in lex.not_names for w in lows):
            continue  # "Jan, Piet twee", "Bos, Kamer twaalf": no street
        out.append(Span(match.start(1), match.end(1), "ADDRESS"))
    return out


# "hij woont op nr 22", "ze wonen daar op nummer 5": the number of someone's home.
# Round 47: "ik woon zelf op nr. 3 zwart", "ze woont t/o nr 12" (opposite it: the home is
# told by it), "huisnr 17".
_LIVES_AT_NUMBER_RE = re.compile(
    r"\b(?:woon|woont|wonen|woonde|woonden|wonend|woonachtig)(?:[ ]+(?:daar|er|nu|sinds|hier|zelf))?"
    r"[ ]+(?:op[ ]+(?=[hn])|(?=t/o|tegenover))((?:(?:t/o|tegenover)[ ]+(?:op[ ]+)?)?"
    r"(?:nummer|nr\.?|huisnummer|huisnr\.?)[ ]?\d{1,4}"
    r"(?:[ ]+(?:zwart|rood|wit)(?=[ ]*[,.;!?)\n]|[ ]*$)|[ ]?[a-zA-Z](?!\w))?)(?![\w-])",
    re.I,
)


# "(mijn vader,) die op nummer 49 woont", "omdat ze op nr. 33 hs wonen": a subordinate clause
# puts the verb after the number.
_NUMBER_LIVED_AT_RE = re.compile(
    r"\bop[ ]+((?:nummer|nr\.?|huisnummer)[ ]?\d{1,4}"
    rf"(?:(?:{_GLUED_TOEVOEGING}|[ ](?:hs|bis|bg|bv|hg|zw|rd)|[ ]?[a-zA-Z])(?!\w))?)"
    r"(?:[ ]+(?:nu|zelf|al|ook|sinds|alleen))*[ ]+(?:woon|woont|wonen|woonde|woonden)\b",
    re.I,
)


# "hij woont op 73", "ze woont zelf op 12 a.": the bare number of the street the chat is about,
# closing the phrase ("woont op 3 hoog", "op 2 km" go on).
# (Round 47: "ik woon op 15", "ik woon zelf op 12."; "woont op 14 aan dezelfde weg")
_LIVES_AT_BARE_NUMBER_RE = re.compile(
    r"\b(?:woon|woont|wonen|woonde|woonden)(?:[ ]+(?:daar|er|nu|zelf|ook))?[ ]+op[ ]+"
    rf"(\d{{1,4}}{_TOEVOEGING})(?![\w-])"
    r"(?=[ ]*$|[ ]*[,.;!?)\n]|[ ]+(?:en|maar|of)\b|[ ]+aan[ ]+(?:dezelfde|deze|die|de|het)\b)",
    re.I,
)


# "ter hoogte van nr 9, waar Jaap Hulst woont", "nummer 12 (waar de familie Bos woont)": the
# number, then a relative clause saying who lives there.
_NUMBER_WHERE_LIVES_RE = re.compile(
    r"\b((?:nummer|nr\.?|huisnummer)[ ]?\d{1,4}(?:[ ]?[a-zA-Z](?!\w))?)[ ]*[,(]?[ ]*waar[ ]+"
    r"(?!(?:nu[ ]+|nog[ ]+)?(?:niemand|geen|niks|niets)\b)[^.!?\n]{1,40}?[ ]+(?:woont|wonen|woonde|woonden)\b",
    re.I,
)


# "die op de hoek woont? nummer 2?": a house number asked after right after where someone lives.
_LIVES_THEN_NUMBER_ASKED_RE = re.compile(
    r"\bwoon(?:t|de|en)\b[^.!?\n]{0,40}\?[ ]*((?:(?:huis)?nummer|nr\.?)[ ]?\d{1,4}"
    r"(?:[ ]?[a-zA-Z](?!\w))?)[ ]*\?",
    re.I,
)
# "op 17 woont toch Ricardo?", "en op 8 wonen ze niet meer": a bare number opening a clause
# that says who lives there, the verb right after it.
_AT_NUMBER_LIVES_RE = re.compile(
    r"(?:^|[.!?,;:][ ]*|\b(?:en|maar|ja|nee|want)[ ]+)op[ ]+"
    rf"(\d{{1,4}}{_TOEVOEGING})[ ]+(?:woon|woont|wonen|woonde|woonden)\b",
    re.I,
)


# Round 48: "er woont ook iemand op 12 ld", "boven mijn eigen woning op 38": the bare number
# of someone's home on the chat's street (with a door's side, "ld"/"rd", or a letter).
_SOMEONE_LIVES_AT_BARE_NUMBER_RE = re.compile(
    r"\b(?:(?:woont|wonen|woonde|woonden)(?:[ ]+(?:daar|er|nu|ook|nog))*[ ]+(?:iemand|mensen)"
    r"|(?:mijn|m'n|zijn|z'n|haar|onze|ons|hun)[ ]+(?:eigen[ ]+)?(?:woning|huis))[ ]+op[ ]+"
    r"(\d{1,4}(?:[ ]?(?:ld|rd|hs|bis)(?!\w)|[ ]?[a-zA-Z](?!\w))?)(?![\w-])"
    r"(?=[ ]*$|[ ]*[,.;!?)\n]|[ ]+(?:en|maar|of)\b)",
    re.I,
)


def lived_in_numbers(text: str) -> list[Span]:
    """House numbers someone is said to live at (the house number tied to a person)."""
    return [
        Span(m.start(1), m.end(1), "ADDRESS")
        for pattern in (
            _LIVES_AT_NUMBER_RE,
            _NUMBER_LIVED_AT_RE,
            _LIVES_AT_BARE_NUMBER_RE,
            _NUMBER_WHERE_LIVES_RE,
            _AT_NUMBER_LIVES_RE,
            _LIVES_THEN_NUMBER_ASKED_RE,
        )
        for m in pattern.finditer(text)
    ] + (
        [
            Span(m.start(1), m.end(1), "ADDRESS")
            for m in _SOMEONE_LIVES_AT_BARE_NUMBER_RE.finditer(text)
        ]
        if "iemand" in text or "mensen" in text or "woning op" in text or "huis op" in text
        else []
    )


# "die jongens van nummer 57", "de man van nr. 12 b": people of house number N, closing the
# phrase or before a verb, name their home ("de deur van nummer 58", "ter hoogte van nr 80",
# "de tuin van nr 16" are places in the street and stay).
_PEOPLE_OF_NUMBER_RE = re.compile(
    r"\b(?:man|vrouw|meneer|mevrouw|heer|dame|jongen|jongens|meisje|meisjes|kind|kinderen|"
    r"mensen|familie|fam\.?|gezin|echtpaar|stel|zoon|dochter|zoons|dochters|jongelui|jeugd|"
    # Round 47: "die gast van nr 14", "die vent van nummer 6": a resident said informally
    r"gast|gasten|vent|kerel|gozer|knul|lui|types?)"
    r"[ ]+van[ ]+((?:nummer|nr\.?|huisnummer|huisnr\.?)[ ]?[1-9]\d{0,3}"
    rf"{_TOEVOEGING})(?![\w-])"
    r"(?=[ ]*$|[ ]*[,.;!?)\n]|[ ]+(?:en|die|is|was|zijn|waren|heeft|had|hebben|staat|woont|"
    r"wonen|belt|belde|scheldt|maakt|maken|stookt|laat|schreeuwt|parkeert|blaft)\b)",
    re.I,
)
_ASCII_PEOPLE_OF_NUMBER_RE = ascii_twin(_PEOPLE_OF_NUMBER_RE)  # (round speed49)


def of_house_numbers(text: str) -> list[Span]:
    """House numbers named as the home of people: "de man van nummer 57"."""
    people = _ASCII_PEOPLE_OF_NUMBER_RE if text.isascii() else _PEOPLE_OF_NUMBER_RE
    return [Span(m.start(1), m.end(1), "ADDRESS") for m in people.finditer(text)]


# "de buurvrouw is nummer 5 a", "de bewoner van nummer 12", "buren op nr. 7b": a neighbour's or
# resident's house number identifies that person's home (a house number tied to a person).
_RESIDENT_NUMBER_RE = re.compile(
    r"\b(?:buurman|buurvrouw|buren|overbuurman|overbuurvrouw|overburen|bewoner|bewoonster|"
    r"bewoners|eigenaar|eigenaren|huurder|huurders)"
    # (Round 47: "mijn buurman Khalid op huisnr 17": the neighbour's name between)
    r"(?:[ ]+[A-Z][a-z'-]+)?"
    r"(?:[ ]+(?:is|zijn|van|op|uit|woont|wonen|daar))+"
    r"[ ]+((?:nummer|nr\.?|huisnummer|huisnr\.?)[ ]?\d{1,4}(?:[ ]?[a-zA-Z](?!\w))?)(?![\w-])",
    re.I,
)


# "hij zit op nr 21", "zij zitten nu op nummer 4 b": where someone is, by the house's number.
# (No subject is asked for: "haar zoon zit op nummer 6".)
_DOOR_NUMBER_RE = re.compile(
    rf"{_AT_THE_DOOR}[ ]+((?:nummer|nr\.?|huisnummer)[ ]?\d{{1,4}}{_TOEVOEGING})(?![\w-])", re.I
)
_SITS_AT_NUMBER_RE = re.compile(
    r"\b(?:zit|zitten|zat|zaten)"
    r"(?:[ ]+(?:daar|er|nu|zelf|sinds[ ]\w+))?[ ]+op[ ]+"
    rf"((?:nummer|nr\.?)[ ]?\d{{1,4}}{_TOEVOEGING})(?![\w-])",
    re.I,
)
# "Nieuw huisnummer wordt 2 A", "ons huisnummer is 14": the number given as the house's.
_HOUSE_NUMBER_IS_RE = re.compile(
    r"\bhuisnummer[ ]+(?:is|wordt|was|werd)[ ]+(?:nu[ ]+|dan[ ]+)?"
    rf"(\d{{1,4}}{_TOEVOEGING})(?![\w-])(?=[ ]*$|[ ]*[,.;!?)\n]|[ ]+(?:en|maar|of|dus)\b)",
    re.I,
)


# Round 47: "nummer 14 is onze deur", "nr 9 is mijn voordeur": the number given as one's own
# door or house.
_NUMBER_IS_OUR_DOOR_RE = re.compile(
    r"\b((?:nummer|nr\.?|huisnummer|huisnr\.?)[ ]?[1-9]\d{0,3}"
    rf"{_TOEVOEGING})[ ]+is[ ]+(?:onze|ons|mijn|m'n|zijn|z'n|haar|hun)[ ]+"
    r"(?:deur|voordeur|huis|woning|ingang|huisnummer)\b",
    re.I,
)


def residents_numbers(text: str) -> list[Span]:
    """House numbers of a neighbour or resident named by their role, of someone who is there, or
    given as the house's number."""
    return [
        Span(m.start(1), m.end(1), "ADDRESS")
        for pattern in (_ASCII_RESIDENTS_NUMBERS if text.isascii() else _RESIDENTS_NUMBERS)
        for m in pattern.finditer(text)
    ] + (
        [Span(m.start(1), m.end(1), "ADDRESS") for m in _NUMBER_GIVEN_RE.finditer(text)]
        if "huisnummer" in text or "Huisnummer" in text
        else []
    )


# Round 48: "Jongsma heeft het huisnummer 31a gekregen", "zij krijgen huisnummer 7": the house
# number someone has or was given.
_NUMBER_GIVEN_RE = re.compile(
    r"\b(?:heeft|hebben|had|krijgt|krijgen|kreeg|kregen)[ ]+(?:het[ ]+|een[ ]+)?(?:nieuwe[ ]+)?"
    rf"huisnummer[ ]+([1-9]\d{{0,3}}{_TOEVOEGING})(?![\w-])",
    re.I,
)
_RESIDENTS_NUMBERS = (
    _RESIDENT_NUMBER_RE,
    _NUMBER_IS_OUR_DOOR_RE,
    _SITS_AT_NUMBER_RE,
    _HOUSE_NUMBER_IS_RE,
    _DOOR_NUMBER_RE,
)
_ASCII_RESIDENTS_NUMBERS = tuple(map(ascii_twin, _RESIDENTS_NUMBERS))  # (round speed49)


# "Adres?", "Wat is het adres?", "Waar woont ze?": a message asking where someone lives, in
# the question that closes it (_closing_question: searched from every word "adres" to the end,
# the message took time quadratic in its length).
_ADDRESS_ASKED_RE = re.compile(
    r"\badres|\bwaar[ ]+(?:woon\w*|wonen)\b|\bhuisnummer"
    # Round 39: "Kan dat thuis?", "bij u thuis?": a visit at home, whose address opens the answer
    r"|\bthuis(?:[ ]+(?:langs(?:komen|gaan)?|komen|bezoeken|spreken|zien|praten))?[ ]*\??[ ]*$"
    # In English: "the house number of your neighbour?", "your address?", "where do you live?"
    r"|\bhouse[ ]?number|\baddress|\bwhere[ ]+(?:do|does|did)[ ]+\w+[ ]+live\b"
    # Round 42: "Welk object?", "om welke woning gaat het?": the WOZ object asked for in a tax
    # question is a house, named by its address ("welk pand" may be a garage being demolished)
    r"|\bwelk[ ]+object\b|\bwelke[ ]+woning\b",
    re.I,
)
# "welk nr? ...", "welk huisnummer?": asked for the house's number, then more may follow.
_HOUSE_NUMBER_ASKED_RE = re.compile(
    r"\bwelke?[ ]+(?:huis)?(?:nummer|nr)\.?[ ]*\?"
    # "die op de hoek woont? nummer 2?": the number asked after, about where someone lives
    r"|\bwoon(?:t|de|en)\b[^.!?\n]{0,40}\?[ ]*(?:(?:huis)?nummer|nr\.?)[ ]?\d{1,4}[ ]?[a-z]?[ ]*\?",
    re.I,
)
_QUESTION_MARK_CLOSING_RE = re.compile(r"\?[ ]*\n?\Z")


def _closing_question(text: str) -> str:
    """The question that ends the message: from its last line (or earlier question mark) to the
    closing question mark with at most spaces after it; "" when the message ends otherwise."""
    closing = _QUESTION_MARK_CLOSING_RE.search(text)
    if closing is None:
        return ""
    before = text[: closing.start()]
    return before[max(before.rfind("\n"), before.rfind("?")) + 1 :]


# Round 34: "welk adres", "wat is het adres dan": a short question typed without its
# question mark, opening with its question word.
_UNMARKED_QUESTION_RE = re.compile(
    r"[ ]*(?:welk|welke|wat|waar|what|which|where)\b[^.!?\n]{0,40}\Z", re.I
)


def _asks_for_address(question: str) -> bool:
    unmarked = _UNMARKED_QUESTION_RE.match(question)
    return bool(
        _ADDRESS_ASKED_RE.search(_closing_question(question))
        or (unmarked is not None and _ADDRESS_ASKED_RE.search(question))
        or _HOUSE_NUMBER_ASKED_RE.search(question)
        or _ADDRESS_REQUESTED_RE.search(question)
    )


# "Vermeld uw naam en adres", "Graag uw adres en telefoonnummer.": a request for an address
# closing the message, with no question mark.
_ADDRESS_REQUESTED_RE = re.compile(
    r"\b(?:vermeld|geef|noem|stuur|graag|mag[ ]ik)\b[^.!?\n]{0,40}\badres\b[^.!?\n]{0,30}"
    r"[.!]?[ ]*\Z",
    re.I,
)


# Capitalised words and a house number opening the answer: "De Schiphorst 4, eigenaar ...".
# Also the house's number alone: "welk nummer?" - "nummer 7, Mahmoud is er na 15:00".
# The answer may open with a word of assent and the name asked for with it ("ok Lars Jonker,
# Tussen de Bruggen 8"), the street's name hold a lower-case particle, and "and" follow the
# number ("Jachthoorn 9 en naam ...").
_OPENING_ADDRESS_RE = re.compile(
    # (Round 39: the word of assent in either case, "Ja Kaapstander 4")
    r"[ ]*(?:(?i:ok|oké|oke|ja|prima|hierbij)[ ,]+)?(?:(?:[A-Z][a-zà-ÿ'-]+[ ]){1,3}[A-Z][a-zà-ÿ'-]+,[ ]+)?"
    # (Round 44: the street's article before it in lower case, "de Wheeme 9 in Meppel")
    r"((?:(?:(?:de|het|'t)[ ](?=[A-Z]))?"
    r"(?:[A-Z][\w'-]+\.?[ ])(?:(?:de|der|den|van|het|'t|op|aan|in)[ ])?"
    r"(?:[A-Z][\w'-]+\.?[ ]){0,2}"
    r"|(?:[Nn]u(?:mm|mb)er|[Nn]r\.?|[Hh]uisnummer)[ ]?)\d{1,5}"
    r"(?:[ ]?[a-zA-Z](?![\w])|-\d{1,3}(?![\w]))?)"
    # (Round 42: the town after it, "Slingerbos 4 in Nijeveen, ...")
    r"(?=[ ]*$|[ ]*[,.;!?\n]|[ ]+en\b|[ ]+(?:in|te)[ ]+[A-Z])"
)


def answered_address(question: str, answer: str) -> list[Span]:
    """The address that opens the answer to a question for an address, whatever the street is
    called (a hamlet's name, a street with no usual ending)."""
    if not _asks_for_address(question):
        return []
    match = _OPENING_ADDRESS_RE.match(answer)
    if match is None:
        return _answered_lower_case(answer) or answered_spelled_address(question, answer)
    if match.group(1).split()[0].lower() in _NUMBERED_THINGS:
        return []  # "Zaal 3": a room
    return [Span(match.start(1), match.end(1), "ADDRESS")]


# Round 31: "waar woont die?" - "Kastanjelaan negen, tegenover de kerk": a street with a strong
# ending and a house number in words open the answer (a count reads "twee keer").
_OPENING_SPELLED_ADDRESS_RE = re.compile(
    r"[ ]*(?:(?:ok|oké|ja|nou)[ ,]+)?((?:[A-Z][\w'-]+[ ]){0,2}[A-Z][\w'-]*[ ]+(?:(?:huis)?nummer[ ]+)?"
    rf"(?:{_SPELLED_NUMBER})(?:[ ]+[a-dA-D](?![\w]))?)(?![\w])",
    re.I,
)


def answered_spelled_address(question: str, answer: str) -> list[Span]:
    """The street and house number in words that open the answer to where someone lives."""
    if not answer[:1].isupper() and not answer[:1].isspace():
        return []  # cheap gate: the street's capital opens the answer
    match = _OPENING_SPELLED_ADDRESS_RE.match(answer)
    if match is None or _SPELLED_COUNT_AFTER_RE.match(answer, match.end()) is not None:
        return []
    parts = match.group(1).split()
    if len(parts[-1]) == 1:
        parts.pop()  # the toevoeging: "negen b"
    street = parts[-3] if parts[-2].lower().endswith("nummer") else parts[-2]
    if not street[:1].isupper() or street_suffix(street.lower()) not in STRONG_STREET_SUFFIXES:
        return []
    if not _asks_for_address(question):
        return []
    return [Span(match.start(1), match.end(1), "ADDRESS")]


# Round 28: "oude vaart 17 meppel. achterkant": the answer typed in lower case, a street with a
# street's ending and a house number, a place after it at most (round 29: also "in" and the
# place with its capital: "oosteinde 7 in Kolderveen").
_OPENING_LOWER_ADDRESS_RE = re.compile(
    r"[ ]*(?:(?:ok|oké|oke|ja|prima|hierbij)[ ,]+)?"
    r"((?:[a-zà-ÿ'-]+[ ]){0,2}([a-zà-ÿ'-]+)[ ]\d{1,5}(?:[ ]?[a-z](?![\w])|-\d{1,3}(?![\w]))?)"
    r"(?:[ ]+(?:in[ ]+)?([A-Za-zà-ÿ'-]+))?(?=[ ]*$|[ ]*[,.;!?\n])"
)


def _answered_lower_case(answer: str) -> list[Span]:
    match = _OPENING_LOWER_ADDRESS_RE.match(answer)
    if match is None or street_suffix(match.group(2)) is None:
        return []
    if match.group(3) is not None and match.group(3).lower() not in load().places:
        return []  # "kerkstraat 5 denk ik": only a place may follow the number
    return [Span(match.start(1), match.end(1), "ADDRESS")]


# "Henny Wolters bedoel je? Rogat 22. 0522-471930", "Darp 3, 06-12345678": capitalised words
# and a house number right before someone's phone number, e-mail or other data (a comma, dot
# or semicolon between) are where that person lives, whatever the street is called.
_HOME_BEFORE_DATA_RE = re.compile(
    r"(?<![\w'-])((?:[A-Z][\w'-]+\.?[ ]){1,3}\d{1,4}"
    r"(?:[ ]?[a-zA-Z](?![\w])|-\d{1,3}(?![\w])|[ ]?(?:bis|hs|bg|bv|huis)(?![\w]))?)"
    r"[ ]*[.,;][ ]*$"
)


def homes_before_data(text: str, data: list[Span], lex: Lexicon) -> list[Span]:
    """Addresses that close the phrase right before a piece of someone's data."""
    out = []
    for span in data:
        before = text[max(0, span.start - 60) : span.start].rstrip(" ")
        if not before.endswith((".", ",", ";")) or not before[:-1].rstrip(" ")[-1:].isalnum():
            continue  # cheap gate: no house number and separator right before the data
        match = _HOME_BEFORE_DATA_RE.search(text, max(0, span.start - 60), span.start)
        if match is None:
            continue
        street = _WORD_RE.findall(match.group(1))
        last = street[-1].rstrip(".").lower() if street else ""
        if not last or last in _NUMBERED_THINGS or last in _DATA_WORDS or last in CAR_MAKES:
            continue  # "Kamer 4, 06 ...": a room; "Tel 2, ...": no street; "Fiat 500": a car
        if last in lex.dutch_words and last not in lex.places and street_suffix(last) is None:
            continue  # "Versie 2. 06 ...": an ordinary word and a number
        out.append(Span(match.start(1), match.end(1), "ADDRESS"))
    return out


# A chat about a business: its trade, its owner as an entrepreneur, its licences.
# (a WordAlternation, round speed51: the chat's rules search it in up to five messages around
# each address; "\b" before words is "no word character before")
_BUSINESS_TALK_RE = WordAlternation(
    r"\w",
    [
        r"ondernemer\w*",
        r"horeca\w*",
        "caf[eé]",
        "snackbar",
        "cafetaria",
        "restaurant",
        "brasserie",
        "hotel",
        "kapsalon",
        "kapper",
        r"winkel\w*",
        r"terras\w*",
        "bakkerij",
        "slagerij",
        "supermarkt",
        r"exploitant\w*",
        "exploitatievergunning",
        r"drank-?[ ]en[ ]horeca\w*",
        "alcoholvergunning",
        "bedrijfspand",
        "bibob",
        # Round 27b: "de reclamebord-aanvraag van Garage ...": a sign is a business's
        r"reclame\w*",
    ],
    r"\b",
    re.I,
)
# "pand Kruisstraat 6", "adres pand Stationsweg 18", "Pand is Hoofdstraat 31": the building.
_BUILDING_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:adres[ ]+(?:van[ ]+)?(?:het[ ]+)?)?(?:bedrijfs|winkel)?pand"
    r"(?:[ ]+is|[ ]*:)?[ ]+$",
    re.I,
)
# Round 33: "de bakkerij zelf is Hoofdstraat 86", "de winkel zit op ...": the business's address
# (not "de winkel is Hoofdstraat 3 en ik woon erboven")
_BUSINESS_IS_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:de|het|hun|onze)[ ]+(?:bakkerij|slagerij|winkel|zaak|kapsalon|snackbar|"
    r"restaurant|caf[eé]|lunchroom|salon|praktijk|bedrijf)[ ]+(?:zelf[ ]+)?"
    r"(?:is|zit[ ]+(?:op|aan)|staat[ ]+(?:op|aan))[ ]+$",
    re.I,
)
# Round 44: "adres zorgboerderij voor de chauffeur?", "wat is het adres van de sporthal?": a
# question for the address of a place that is nobody's home.
_FACILITY_ADDRESS_ASKED_RE = re.compile(
    r"\badres[ ]+(?:van[ ]+)?(?:de[ ]+|het[ ]+)?(?:zorgboerderij|boerderij|school|kantoor|"
    r"sporthal|kerk|buurthuis|dorpshuis|wijkcentrum|bedrijf|zaak|winkel|camping|locatie|"
    r"kinderopvang|opvang)\b[^?]{0,40}\?",
    re.I,
)
# "pand?", "adres pand?", "en het pand?": a question for the building, answered next.
_BUILDING_ASKED_RE = re.compile(
    r"[^\w]*(?:en[ ]+)?(?:adres[ ]+)?(?:van[ ]+)?(?:het[ ]+)?(?:bedrijfs|winkel)?pand[ ]*\?[^\w]*",
    re.I,
)
# Round 27b: "Welk adres is dat?", "welk adres ook alweer": the address of the thing just talked
# about (a building, a café), asked without "uw" or "je"; in a chat about a business.
_WHICH_ADDRESS_ASKED_RE = re.compile(
    r"\bwelk[ ]+adres(?:[ ]+(?:is|was)[ ]+(?:dat|het))?(?:[ ]+(?:ook[ ]+)?alweer)?[ ]*\?*[^\w]*$",
    re.I,
)
# "aan de gevel op Blankenstein 310": the building's front.
_FRONT_BEFORE_RE = re.compile(r"\bgevel[ ]+(?:op|aan|van)[ ]+(?:de[ ]+)?$", re.I)


# (not "hij staat ingeschreven op ...", "bedrijf staat op mijn huisadres": somebody's home)
_SOMEBODYS_HOME_RE = re.compile(
    r"\b(?i:hij|zij|ze|ik|mijn|m'n|zijn|z'n|haar|huisadres|thuis|ingeschreven|woon\w*|wonen)\b"
)
_FIRM_OPENING_BEFORE_RE = re.compile(r"[ ]*[A-Z][\w'&.-]*(?:[ ]+[\w'&.-]+){0,4}[ ]*,[ ]*")
_KVK_NUMBER_RE = re.compile(r"\b(?i:kvk)(?:-?(?:nummer|nr\.?))?[ :]*\d{8}(?!\d)")


def _home_of_opening_name_after(texts: list[str], index: int) -> bool:
    """Whether one of the next two messages says that a capitalised word of the name opening
    message ``index`` (up to its first comma) lives somewhere."""
    opening = re.split(r"[,.]", texts[index], maxsplit=1)[0]
    words_ = {w for w in opening.split() if w[:1].isupper() and len(w) > 2}
    return any(
        t and _LIVING_BEFORE_RE.search(t) and any(w in t.split() for w in words_)
        for t in texts[index + 1 : index + 3]
    )


# Round 47: "de verhuurder is Bosman Vastgoed" - "die zit op Nijverheidsweg 7 toch": "die zit
# op" right after a message that names a firm is where the firm sits ("die woont op" is a home).
_THAT_ONE_SITS_BEFORE_RE = re.compile(
    # (Round 48: "ze zitten op ...", plural, after a firm named by its legal form too)
    r"\b(?i:die|ze|zij)[ ]+(?:zit|zitten|zat)(?:[ ]+(?:toch|nu|ook|daar|er))*[ ]+(?:op|aan)[ ]+"
    r"(?:de[ ]+|het[ ]+)?$"
)
_CAPITALISED_WORD_RE = re.compile(r"(?<![\w'-])[A-Z][a-z]{3,}(?![\w'-])")


def _firm_sits_after_it_was_named(text: str, previous: str, spans: list[Span]) -> list[Span]:
    out = [
        s
        for s in spans
        if s.label == "ADDRESS"
        and _THAT_ONE_SITS_BEFORE_RE.search(text, max(0, s.start - 30), s.start) is not None
        and not _LIVING_BEFORE_RE.search(text, s.end, s.end + 60)
    ]
    # (Round 48: "ze zitten op" only after a firm named by its legal form: "hun adres is
    # nieuw, ze zitten nu op ..." may be a family's)
    if (
        out
        and any(is_firm_word(m.group().lower()) for m in _CAPITALISED_WORD_RE.finditer(previous))
        and (_THEY_SIT_BEFORE_RE.search(text) is None or _LEGAL_FORM_IN_RE.search(previous))
    ):
        return out
    return []


_THEY_SIT_BEFORE_RE = re.compile(r"\b(?i:ze|zij)[ ]+(?:zit|zitten|zat)\b")
_LEGAL_FORM_IN_RE = re.compile(r"(?<![\w.])(?:BV|B\.V\.|NV|N\.V\.|VOF|V\.O\.F\.)(?![\w])")


def business_premises(texts: list[str], index: int, spans: list[Span]) -> list[Span]:
    """The addresses in message ``index`` that are a business's building in a chat about that
    business ("horecavergunning Café ..." ... "Pand is Hoofdstraat 31"): named after "pand",
    or opening the answer to "pand?", where nobody is said to live there. In a chat about a
    home to let or split, "pand Vledderweg 9" stays an address."""
    text = texts[index]
    if not any(s.label == "ADDRESS" for s in spans):
        return []
    if (
        _KVK_NUMBER_RE.search(text) is not None
        and not any(s.label == "PERSON" for s in spans)
        and _SOMEBODYS_HOME_RE.search(text) is None
        # (review44: nor in the next messages of the one who opens it, "Lan Nguyen woont daar")
        and not _home_of_opening_name_after(texts, index)
    ):
        # Round 33: "Nails by Lan, Kruisstraat 9. KvK 91238476": the address right after the
        # name that opens the message, given with a Chamber of Commerce number, nobody named
        # and no home said, is the registered business's
        return [
            s
            for s in spans
            if s.label == "ADDRESS" and _FIRM_OPENING_BEFORE_RE.fullmatch(text, 0, s.start)
        ]
    previous = texts[index - 1] or "" if index > 0 else ""
    if "die " in text or "Die " in text or "ze zit" in text or "zij zit" in text:
        sits = _firm_sits_after_it_was_named(text, previous, spans)
        if sits:
            return sits
    # Round 44: "adres zorgboerderij voor de chauffeur?": the address of a place asked for
    facility = _FACILITY_ADDRESS_ASKED_RE.search(previous) is not None
    window = texts[max(0, index - 4) : index + 1]
    if not facility and not any(t and _BUSINESS_TALK_RE.search(t) for t in window):
        return []
    asked = index > 0 and (
        facility
        or _BUILDING_ASKED_RE.fullmatch(previous) is not None
        or _WHICH_ADDRESS_ASKED_RE.search(previous) is not None
    )
    out = []
    for span in spans:
        if span.label != "ADDRESS":
            continue
        named = (
            _BUILDING_BEFORE_RE.search(text, max(0, span.start - 40), span.start)
            or _FRONT_BEFORE_RE.search(text, max(0, span.start - 20), span.start)
            or (
                _BUSINESS_IS_BEFORE_RE.search(text, max(0, span.start - 40), span.start)
                and not _LIVING_BEFORE_RE.search(text, span.end, span.end + 60)
            )
        )
        # (not "Kruisstraat 8, daar woon ik boven": a home said after the answer)
        answered = (
            asked
            and not text[: span.start].strip()
            and not _LIVING_BEFORE_RE.search(text, span.end, span.end + 60)
        )
        if (named or answered) and not _LIVING_BEFORE_RE.search(
            text, max(0, span.start - 80), span.start
        ):
            out.append(span)
    return out


# Round 29b: a home named by a capitalised name and a number without a street word, after a cue
# that makes it somebody's home: "mijn huis Vledders 71", "ons huis, De Wheem 4", "een bewoner
# op de Kolk 12", "de eigenaar van Esweg 9". A unit of a building ("bewoner van Blok 3") is no
# street.
_HOME_NAME = r"[A-Z][a-zà-ÿ'-]{2,}(?:[ ][A-Z][a-zà-ÿ'-]{2,})?"
_OWNED_HOME_RE = re.compile(
    r"\b(?:(?:mijn|m'n|ons|onze|zijn|z'n|haar|hun)[ ]+(?:huis|woning|huisje|appartement)"
    # Round 33: in English ("to my house, Berggierslanden 210")
    r"|(?:my|our|his|her|their)[ ]+(?:house|home|flat|apartment))[ ]*[,:]?[ ]+"
    rf"((?:De[ ]+|Het[ ]+|'t[ ]+)?({_HOME_NAME})[ ]+[1-9]\d{{0,3}}{_TOEVOEGING})(?![\w-])"
)
_RESIDENT_AT_HOME_RE = re.compile(
    r"\b(?:bewoner|bewoonster|bewoners|eigenaar|eigenaren|huurder|huurders)[ ]+(?:op|aan|van)"
    rf"[ ]+(?:de[ ]+|het[ ]+)?(({_HOME_NAME})[ ]+[1-9]\d{{0,3}}{_TOEVOEGING})(?![\w-])"
)
_BUILDING_UNITS = words("""blok kamer unit fase nummer huisnummer verdieping lokaal hal gang etage
    flat toren vleugel box garage bouwnummer kavel""")


def cued_homes_without_street_word(text: str, lex: Lexicon) -> list[Span]:
    """Homes without a street word made somebody's by an owner or resident cue (see above)."""
    return [
        Span(m.start(1), m.end(1), "ADDRESS")
        for pattern in (_OWNED_HOME_RE, _RESIDENT_AT_HOME_RE)
        for m in pattern.finditer(text)
        if (head := m.group(2).split()[0].lower()) not in _BUILDING_UNITS
        and (
            head not in lex.places
            # Round 33: "my house, Berggierslanden 210", "mijn huis, Darp 3": after one's own
            # home a neighbourhood or hamlet is the street (a year is no house number)
            or (pattern is _OWNED_HOME_RE and not _YEAR_RE.search(m.group(1)))
        )
    ]


# Walk 50: "Femke Dijkstra van de Oosterboer 5 belde", "mevrouw Bakker uit het Hoogeland 7.":
# capitalised words after a person and "van de", "van het", "uit de", with a house number
# closing the phrase, are where that person lives, as without the article ("Henk van Haakswold
# 9", _HOME_AFTER_NAME_RE); "van de 5 bewoners" has no word, "van de Action 5" is a brand's,
# "van de Groep 7" a numbered unit, "van de Voedselbank 2" a body.
# (the words that may follow the home: a verb said of the person, a conjunction, a preposition
# opening what the message is about; not a noun counted, "5 exemplaren", nor a month)
_VERB_OR_LINK_AFTER_HOME = (
    "en|in|te|is|heeft|had|belde|belt|zegt|zei|wil|wilde|woont|staat|ik|wij|we|was|kwam|komt|"
    "over|met|om|die|dat|vraagt|vroeg|klaagt|klaagde|meldt|meldde|mailt|mailde|moet|kan|gaat"
)
_HOME_WITH_ARTICLE_AFTER_NAME_RE = re.compile(
    r"[ ]+(?:van|uit)[ ]+(?:de|het|'t)[ ]+"
    rf"((?:[A-Z][\w'-]+[ ]){{1,2}}[1-9]\d{{0,3}}{_TOEVOEGING})(?![\w-]|[.,:]\d)"
    r"(?=[ ]*$|[ ]*[,.:;!?)\n]|[ ]+[-/|][ ]"
    rf"|[ ]+(?:{_VERB_OR_LINK_AFTER_HOME})\b)"
)
_BODIES_OF_PEOPLE = words("brandweer politie kerk kazerne ploeg wijk buurt straat")


def homes_with_article_after_names(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """Homes written after a person, "van de" or "uit het" and a street's name (see above)."""
    out = []
    for person in persons:
        if person.label != "PERSON":
            continue
        match = _HOME_WITH_ARTICLE_AFTER_NAME_RE.match(text, person.end)
        if match is None:
            continue
        lows = [w.lower() for w in _WORD_RE.findall(match.group(1)) if not w[:1].isdigit()]
        if any(
            low in _NUMBERED_THINGS
            or low in CAR_MAKES
            or low in lex.not_names
            or low in _BODIES_OF_PEOPLE
            or is_firm_word(low)
            for low in lows
        ):
            continue
        out.append(Span(match.start(1), match.end(1), "ADDRESS"))
    return out


# Walk 50: "Mevrouw Kuipers van het Hoogeland 7 heeft gebeld": a name grown over "van het" and
# a word that a house number follows, where the name was whole before "van" (a surname after a
# title, a first name and a surname), ends before "van": the words after it are the home.
_NUMBER_CLOSING_RE = re.compile(
    rf"[ ]+[1-9]\d{{0,3}}{_TOEVOEGING}(?![\w-]|[.,:]\d)"
    rf"(?=[ ]*$|[ ]*[,.:;!?)\n]|[ ]+(?:{_VERB_OR_LINK_AFTER_HOME})\b)"
)
_ARTICLE_CUT_RE = re.compile(r"[ ](?:van|uit)[ ](?:de|het|'t)[ ][A-Z][\w'-]+\Z")
_TITLE_BEFORE_RE = re.compile(r"([^\W\d_]+)\.?[ ]+\Z")


def names_before_homes_with_article(text: str, persons: list[Span], lex: Lexicon) -> list[Span]:
    """Persons cut before "van het <word>" that a house number follows (see above)."""
    out = []
    for person in persons:
        if person.label == "PERSON" and _NUMBER_CLOSING_RE.match(text, person.end) is not None:
            cut = _ARTICLE_CUT_RE.search(text, person.start, person.end)
            if cut is not None and cut.start() > person.start:
                head = text[person.start : cut.start()].split()
                title = _TITLE_BEFORE_RE.search(text, max(0, person.start - 16), person.start)
                titled = title is not None and title.group(1).lower() in TITLES
                if (
                    (len(head) == 1 and titled and head[0].lower() not in lex.first_names)
                    or (len(head) >= 2 and head[0].lower() in lex.first_names)
                ) and head[-1].lower() not in PARTICLES:
                    person = Span(person.start, cut.start(), person.label)
        out.append(person)
    return out


# Walk 50: "Zomerdijk 14, 7943 KR" ... "de auto van Oosterhuis voor nummer 14": a chat that
# gave an address tells its house by the number alone too ("nummer 14", "nr. 14a",
# "huisnummer 14", "op 14." closing the phrase), whatever the message (detect_chat and
# processing know the chat's house numbers as they know its persons); not a number in another
# role ("14 bomen", "€14", "14:00", "op 14 mei", "bus nummer 14", "kamer nr 14").
_HOUSE_NUMBER_OF_ADDRESS_RE = re.compile(
    r"[^\W\d_][ ]+0*([1-9]\d{0,3})[ ]?-?[ ]?((?:bis|hs)(?!\w)|[a-zA-Z](?!\w)|\d{1,3}(?!\w))?"
)
_HOUSE_NUMBER_APART_RE = re.compile(
    r"(?<![\w-])(?:(?:(?:huis)?nummer|(?:huis)?nr\.?|no\.)[ ]?|(?P<op>op)[ ]+)"
    r"0*(?P<number>[1-9]\d{0,3})(?:[ ]?-?[ ]?(?P<suffix>(?:bis|hs)(?!\w)|[a-zA-Z](?!\w)))?"
    r"(?![\w-]|[.,:/]\d|[ ]?%|[ ]?[.,]-)",
    re.I,
)
# "op 14": only closing the phrase, or before a conjunction ("op 14 mei", "op 14 km" go on).
_OP_NUMBER_CLOSING_RE = re.compile(r"[ ]*(?:$|[,.;!?)\n]|(?:en|maar|of|woont|wonen)\b)")
# ("van nr 16": a place in the street, "de tuin van nr 16", "ter hoogte van nr 40"; the people
# of a number are _PEOPLE_OF_NUMBER_RE's)
_NOT_HOUSE_NUMBERS_BEFORE = frozenset(
    {*_NUMBERED_THINGS, "van", "kenteken", "telefoon", "tel", "klant", "factuur", "dossier", "zaak",
     "order", "rit", "pas", "bon", "versie", "rug", "start", "volg", "artikel", "bijlage", "week"}
)  # fmt: skip


def house_numbers_in(text: str, spans) -> list[str]:
    """The house numbers of the street addresses among ``spans`` (found in ``text``), each as
    its key: the number and its toevoeging, lower case ("14", "14a")."""
    out = []
    for span in spans:
        if span.label != "ADDRESS":
            continue
        raw = text[span.start : span.end]
        if street_of(raw) is None:
            continue  # "nummer 17": no street of its own
        match = _HOUSE_NUMBER_OF_ADDRESS_RE.search(raw)
        if match is not None:
            out.append(match.group(1) + (match.group(2) or "").lower())
    return out


def may_say_house_number(numbers: frozenset[str]) -> Callable[[str], bool]:
    """A cheap test that passes every text in which ``numbers_of_chat_homes`` may find one of
    ``numbers`` (and some more): one holding a number's digits and a word it is said with,
    read folded as the detector reads it (look-alikes, invisible characters)."""
    digits = tuple({_KEY_RE.fullmatch(key).group(1) for key in numbers})
    if not digits:
        return lambda text: False

    def may_say(text: str) -> bool:
        text = folded_text(text)
        return any(d in text for d in digits) and _HOUSE_NUMBER_WORD_RE.search(text) is not None

    return may_say


# A piece of each way _HOUSE_NUMBER_APART_RE says a number, in any case.
_HOUSE_NUMBER_WORD_RE = re.compile(r"umm|nr|no\.|op[ ]", re.I)


def numbers_of_chat_homes(text: str, numbers: frozenset[str]) -> list[Span]:
    """The chat's house numbers said apart from their street in ``text`` (see above)."""
    out = []
    for match in _HOUSE_NUMBER_APART_RE.finditer(text):
        number, suffix = match.group("number"), (match.group("suffix") or "").lower()
        if not _same_house_number(number, suffix, numbers):
            continue
        if _SERIES_AFTER_RE.match(text, match.end()) or _SERIES_BEFORE_RE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            continue  # "nr 7 en 9 omgedraaid", "14 en nummer 16": the street's numbering
        if match.group("op") is not None:
            if _OP_NUMBER_CLOSING_RE.match(text, match.end()) is None:
                continue
            start = match.start("number")
        else:
            start = match.start()
            if not text[:start].strip(" \t\n-*•\"'(") or text[:start].rstrip().endswith(":"):
                continue  # "nr 40 is toch de kinderopvang", "nr 3 is overleden": a list's item
            before = _WORD_BEFORE_NUMBER_RE.search(text, max(0, start - 24), start)
            if before is not None and before.group(1).lower() in _NOT_HOUSE_NUMBERS_BEFORE:
                continue
        out.append(Span(start, match.end(), "ADDRESS"))
    return out


_SERIES_AFTER_RE = re.compile(r"[ ]*(?:,|en|of|t/m|tot|-)[ ]*(?:(?:nummer|nr\.?)[ ]?)?\d", re.I)
_SERIES_BEFORE_RE = re.compile(r"\d[ ]*(?:,|en|of|t/m|tot|-)[ ]*\Z", re.I)


_WORD_BEFORE_NUMBER_RE = re.compile(r"([^\W\d_]+)[ ]*\Z")
_KEY_RE = re.compile(r"(\d+)(\D*)")


def _same_house_number(number: str, suffix: str, numbers: frozenset[str]) -> bool:
    """Whether the number and toevoeging said are one of the chat's ("nummer 2" is not the
    house of "Wheemweg 2a", but the one in front of it)."""
    return number + suffix in numbers
